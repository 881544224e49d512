package io.factstream.claims.scoring;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The input of the check-worthiness model: a sentence's embedding followed by a few cheap, hand-made signals of
 * factual statements. Pure functions of the text; training and scoring use the very same code.
 */
public final class CheckworthinessFeatures {
    /** Names of {@link #handMade(String)}'s values, in order. */
    public static final List<String> HAND_MADE = List.of("has-digit", "numbers", "proper-nouns", "words",
            "first-person-singular", "first-person-plural", "second-person", "question-mark", "future",
            "quantity-word", "quote", "modal");

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern PROPER_NOUN_AFTER_FIRST_WORD = Pattern.compile("(?<=\\s)\\p{Lu}\\p{Ll}+");
    private static final Pattern FIRST_SINGULAR = Pattern.compile("\\b(i|i'm|i've|i'll|i'd|me|my|mine|myself)\\b");
    private static final Pattern FIRST_PLURAL = Pattern.compile("\\b(we|we're|we've|we'll|us|our|ours)\\b");
    private static final Pattern SECOND_PERSON = Pattern.compile("\\b(you|you're|you've|your|yours)\\b");
    private static final Pattern FUTURE = Pattern.compile("\\b(will|won't|\\w+'ll|going to)\\b");
    private static final Pattern QUANTITY = Pattern.compile("\\b(percent|per cent|million|billion|trillion|"
            + "thousand|hundred|dollars?|times|twice|half|doubled|tripled|average|rate|number|majority)\\b|[%$€£]");
    private static final Pattern QUOTE = Pattern.compile("[\"“”]");
    private static final Pattern MODAL = Pattern.compile("\\b(should|must|ought|need to|have to|got to)\\b");

    private CheckworthinessFeatures() {
    }

    /** The model's input: the embedding's values, then the {@link #handMade hand-made features}. */
    public static double[] input(String text, float[] embedding) {
        double[] handMade = handMade(text);
        double[] input = new double[embedding.length + handMade.length];
        for (int i = 0; i < embedding.length; i++) {
            input[i] = embedding[i];
        }
        System.arraycopy(handMade, 0, input, embedding.length, handMade.length);
        return input;
    }

    /** Hand-made signals, each roughly in 0..1, named by {@link #HAND_MADE}. */
    public static double[] handMade(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
        return new double[] {
            DIGIT.matcher(text).find() ? 1 : 0,
            Math.min(count(NUMBER, text), 4) / 4.0,
            Math.min(count(PROPER_NOUN_AFTER_FIRST_WORD, text), 5) / 5.0,
            Math.log1p(words) / Math.log(64),
            FIRST_SINGULAR.matcher(lower).find() ? 1 : 0,
            FIRST_PLURAL.matcher(lower).find() ? 1 : 0,
            SECOND_PERSON.matcher(lower).find() ? 1 : 0,
            text.strip().endsWith("?") ? 1 : 0,
            FUTURE.matcher(lower).find() ? 1 : 0,
            QUANTITY.matcher(lower).find() ? 1 : 0,
            QUOTE.matcher(text).find() ? 1 : 0,
            MODAL.matcher(lower).find() ? 1 : 0,
        };
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
