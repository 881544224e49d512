package io.factstream.claims.entities;

import java.util.List;

/**
 * A run of capitalised words in a sentence that may be a name, without a leading title or a trailing possessive.
 *
 * @param titled    a title stood before it ("Mayor", "Dr.")
 * @param atStart   it opens the sentence or a quotation, where any word is capitalised
 * @param before    the lower-case word just before it, or ""
 * @param after     the lower-case word just after it, or ""
 */
record NameSpan(String text, int start, int end, List<String> words, boolean titled, boolean atStart, String before,
        String after) {
}
