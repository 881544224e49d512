package io.factstream.claims.scoring;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A first, rule-based check-worthiness score: factual sentences name people, places or
 * organisations, carry numbers and use verbs of events or reporting; questions, headings and
 * opinions are never checkable.
 */
public class CheckworthinessScorer {
    public static final double CLAIM_THRESHOLD = 0.5;

    private static final Pattern NUMBER = Pattern.compile("\\d");
    private static final Pattern PROPER_NOUN_AFTER_FIRST_WORD = Pattern.compile("\\s[A-Z][a-z]+");
    private static final Pattern EVENT_VERB = Pattern.compile("\\b(said|says|told|announced|reported|confirmed|"
            + "approved|rejected|signed|voted|won|lost|killed|injured|arrested|opened|closed|reopened|rose|fell|"
            + "increased|decreased|grew|dropped|raised|cut|launched|met|agreed|ruled|found|spent|paid|hired|"
            + "resigned|elected|collapsed|struck|carried|recorded|passed|began|ended|held)\\b");
    private static final Pattern OPINION = Pattern.compile("\\b(i think|i believe|we believe|in my view|should|"
            + "must|ought|terrible|wonderful|shameful|disgraceful|best|worst|amazing|awful|hopefully|"
            + "unfortunately|clearly)\\b");
    private static final Pattern FIRST_PERSON = Pattern.compile("^(i|we)\\b|\\b(i|me|my)\\b");

    public Checkworthiness score(String sentence) {
        String text = sentence.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        int words = text.isEmpty() ? 0 : text.split("\\s+").length;
        SentenceType type = typeOf(text, lower, words);
        double score = 0.2;
        if (NUMBER.matcher(text).find()) {
            score += 0.3;
        }
        if (PROPER_NOUN_AFTER_FIRST_WORD.matcher(text).find()) {
            score += 0.2;
        }
        if (EVENT_VERB.matcher(lower).find()) {
            score += 0.2;
        }
        if (words >= 6 && words <= 60) {
            score += 0.1;
        }
        if (type != SentenceType.STATEMENT) {
            score = Math.min(score, 0.3) - 0.2;
        }
        if (FIRST_PERSON.matcher(lower).find()) {
            score -= 0.2;
        }
        score = Math.round(Math.max(0, Math.min(1, score)) * 100) / 100.0;
        return new Checkworthiness(text, score, type == SentenceType.STATEMENT && score >= CLAIM_THRESHOLD, type);
    }

    private static SentenceType typeOf(String text, String lower, int words) {
        if (text.endsWith("?")) {
            return SentenceType.QUESTION;
        }
        if (OPINION.matcher(lower).find()) {
            return SentenceType.OPINION;
        }
        if (words < 5 || !text.matches("(?s).*[.!\"”']$")) {
            return SentenceType.HEADING;
        }
        return SentenceType.STATEMENT;
    }
}
