package io.factstream.stance;

import io.factstream.text.Words;
import java.util.Set;

/** Whether two sentences quote the same words, and whether the quote is what a claim says. */
final class Quotes {
    /** Quoted content words below which a quotation is a phrase or a title ("Face the Nation"), not a statement. */
    static final int STATEMENT_WORDS = 4;

    private Quotes() {
    }

    /** Both quote someone, and the evidence's quotation repeats most of the claim's quoted words. */
    static boolean same(Cues claim, Cues evidence) {
        String claimQuote = claim.quoted();
        String evidenceQuote = evidence.quoted();
        return !claimQuote.isEmpty() && !evidenceQuote.isEmpty() && Words.coverage(Words.contentWords(claimQuote),
                Words.contentWords(evidenceQuote)) >= Contradiction.SAME_QUOTE;
    }

    /**
     * The same quoted statement, and the quote is most of what the claim says: its main point is what was said,
     * so the same words said again support it, however the sentences around them name the speaker.
     */
    static boolean sameStatement(Cues claim, Cues evidence) {
        Set<String> quoted = Words.contentWords(claim.quoted());
        return same(claim, evidence) && quoted.size() >= STATEMENT_WORDS
                && quoted.size() * 2 >= claim.contentWords().size();
    }
}
