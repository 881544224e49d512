package io.factstream.stance;

import io.factstream.text.Words;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whether two sentences quote the same statement, and who each says said it. */
final class Quotes {
    /** Quoted content words below which a quotation is a phrase or a title ("cuts", "Face the Nation"). */
    static final int STATEMENT_WORDS = 4;
    /** Share of the claim's quoted words the evidence's quotation must repeat to be the same quote. */
    static final double SAME_QUOTE = 0.6;
    /** Someone named in full next to a verb of saying: "said Ana Ruiz", "Ana Ruiz told", "according to Ana Ruiz". */
    private static final Pattern SPEAKER = Pattern.compile(
            "(?:\\b(?:said|says|told|wrote|added|according to)\\s+(?:\\p{Ll}+\\s+){0,3})"
                    + "(\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+)"
                    + "|(\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+)(?:,[^,]{1,60},)?\\s+(?:said|says|told|wrote|added)\\b");

    private Quotes() {
    }

    /** Both quote a statement (not a phrase), and the evidence's quotation repeats most of the claim's words. */
    static boolean same(Cues claim, Cues evidence) {
        Set<String> quoted = Words.contentWords(claim.quoted());
        return quoted.size() >= STATEMENT_WORDS && !evidence.quoted().isEmpty()
                && Words.coverage(quoted, Words.contentWords(evidence.quoted())) >= SAME_QUOTE;
    }

    /**
     * The same quoted statement, and the quote is most of what the claim says: its main point is what was said,
     * so the same words said again support it, however the sentences around them name the speaker.
     */
    static boolean sameStatement(Cues claim, Cues evidence) {
        return same(claim, evidence) && Words.contentWords(claim.quoted()).size() * 2 >= claim.contentWords().size();
    }

    /** The people the sentence names in full as saying something, outside its quotations. */
    static Set<String> speakers(Cues sentence) {
        Set<String> speakers = new LinkedHashSet<>();
        Matcher speaker = SPEAKER.matcher(sentence.unquoted());
        while (speaker.find()) {
            speakers.add(speaker.group(1) != null ? speaker.group(1) : speaker.group(2));
        }
        return speakers;
    }
}
