package io.factstream.ingest.cleaning;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The language of an article's text as an ISO 639-1 code, or {@code und} when the text is too short
 * or the detector is unsure. Loading the n-gram profiles takes a moment and some memory: create one
 * instance and share it (it is thread-safe).
 *
 * <p>The detector's own algorithm for long text samples n-grams at random in seven trials and costs
 * milliseconds; its single-pass algorithm is fast but reliable only on a sentence or so. So a few
 * sentence-sized pieces from the opening of the text are judged one pass each, and they must agree.
 */
public final class LanguageIdentifier {
    public static final String UNDETERMINED = "und";
    private static final int MIN_LETTERS = 40;
    private static final int PIECE_CHARS = 160;
    private static final int PIECES = 3;
    private static final double MIN_PROBABILITY = 0.9;

    private final LanguageDetector detector;
    private final TextObjectFactory textObjects = CommonTextObjectFactories.forDetectingOnLargeText();

    public LanguageIdentifier() {
        try {
            List<LanguageProfile> profiles = new LanguageProfileReader().readAllBuiltIn().stream()
                    .filter(profile -> profile.getLocale().getLanguage().length() == 2)
                    .toList();
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .shortTextAlgorithm(Integer.MAX_VALUE)
                    .withProfiles(profiles)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in language profiles", e);
        }
    }

    public String languageOf(String text) {
        List<String> pieces = piecesOf(text);
        Map<String, Integer> votes = new HashMap<>();
        for (String piece : pieces) {
            List<DetectedLanguage> candidates = detector.getProbabilities(textObjects.forText(piece));
            if (!candidates.isEmpty() && candidates.get(0).getProbability() >= MIN_PROBABILITY) {
                String language = candidates.get(0).getLocale().getLanguage();
                if (votes.merge(language, 1, Integer::sum) * 2 > pieces.size()) {
                    return language;
                }
            }
        }
        return UNDETERMINED;
    }

    /** Up to three consecutive pieces of about {@value #PIECE_CHARS} characters, each with enough letters to judge. */
    private static List<String> piecesOf(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (pieces.size() < PIECES && start < text.length()) {
            int end = Math.min(text.length(), start + PIECE_CHARS);
            int space = text.lastIndexOf(' ', end);
            if (end < text.length() && space > start) {
                end = space;
            }
            String piece = text.substring(start, end);
            if (letters(piece) >= MIN_LETTERS) {
                pieces.add(piece);
            }
            start = end + 1;
        }
        return pieces;
    }

    private static int letters(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }
}
