package io.factstream.ingest.identity;

/**
 * Whether one body reprints another: nearly the same text throughout (lightly edited wire copy), or one contained in
 * the other (a reprint cut short, or the wire text with a new lede or a paragraph added). Two outlets' own reports
 * of one event share names and a quote or two, never most of their sentences word for word. Tuned on reprints made
 * from basil-dev (docs/ingest.md#reprints).
 */
public final class Reprints {
    /** Share of the shorter body's anchors found in the longer from which it is a reprint. */
    static final double CONTAINED = 0.8;
    /**
     * Anchors the shorter body needs for containment to count (about {@value} × 8 words): a few sentences are too
     * little to tell a reprint from a shared quotation.
     */
    static final int MIN_ANCHORS = 12;

    private Reprints() {
    }

    public static boolean sameOrigin(Fingerprint body, Fingerprint other) {
        return MinHash.similarity(body.signature(), other.signature()) >= MinHash.NEAR_DUPLICATE
                || Math.min(body.anchors().length, other.anchors().length) >= MIN_ANCHORS
                        && body.containment(other) >= CONTAINED;
    }
}
