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
import java.util.List;

/**
 * The language of an article's text as an ISO 639-1 code, or {@code und} when the text is too short
 * or the detector is unsure. Loading the n-gram profiles takes a moment and some memory: create one
 * instance and share it (it is thread-safe).
 */
public final class LanguageIdentifier {
    public static final String UNDETERMINED = "und";
    private static final int MIN_LETTERS = 40;
    /** The opening of an article tells its language as well as the whole, and costs a fraction. */
    private static final int SAMPLE_CHARS = 1_500;
    private static final double MIN_PROBABILITY = 0.9;

    private final LanguageDetector detector;
    private final TextObjectFactory textObjects = CommonTextObjectFactories.forDetectingOnLargeText();

    public LanguageIdentifier() {
        try {
            List<LanguageProfile> profiles = new LanguageProfileReader().readAllBuiltIn().stream()
                    .filter(profile -> profile.getLocale().getLanguage().length() == 2)
                    .toList();
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in language profiles", e);
        }
    }

    public String languageOf(String text) {
        String sample = sampleOf(text);
        if (!hasEnoughLetters(sample)) {
            return UNDETERMINED;
        }
        List<DetectedLanguage> candidates = detector.getProbabilities(textObjects.forText(sample));
        if (candidates.isEmpty() || candidates.get(0).getProbability() < MIN_PROBABILITY) {
            return UNDETERMINED;
        }
        return candidates.get(0).getLocale().getLanguage();
    }

    private static String sampleOf(String text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        int end = text.lastIndexOf(' ', SAMPLE_CHARS);
        return text.substring(0, end > 0 ? end : SAMPLE_CHARS);
    }

    private static boolean hasEnoughLetters(String text) {
        int letters = 0;
        for (int i = 0; i < text.length() && letters < MIN_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters >= MIN_LETTERS;
    }
}
