package io.factstream.contracts;

import java.util.Set;

/**
 * The languages whose claims the pipeline checks: its models (check-worthiness, embeddings, stance) and rules read
 * English only. An article in another language is not judged with them; its claims are Not checked.
 */
public final class SupportedLanguages {
    private static final Set<String> CHECKED = Set.of("en");
    /** What ingest reports when a text is too short to tell; such a text is checked, as English. */
    public static final String UNDETERMINED = "und";

    private SupportedLanguages() {
    }

    /** @param language an ISO 639-1 code, {@code und}, or {@code null} in records written before it was carried */
    public static boolean checks(String language) {
        return language == null || language.equals(UNDETERMINED) || CHECKED.contains(language);
    }

    /** Why a claim in {@code language} has no verdict: the one wording reports and verdicts use. */
    public static String notChecked(String language) {
        return "Not checked: language " + language + " is not supported yet.";
    }
}
