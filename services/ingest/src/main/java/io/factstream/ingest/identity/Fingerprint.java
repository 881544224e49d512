package io.factstream.ingest.identity;

import java.util.Arrays;

/**
 * What reprint detection keeps of a body.
 *
 * @param signature its MinHash signature ({@link MinHash}), which estimates how much of their wording two bodies share
 * @param anchors   its anchors: the hashes of its word 3-grams that fall in a fixed sample of hash values, sorted
 *                  and distinct. The same 3-gram is an anchor in every text, so the anchors two bodies share estimate
 *                  how much of the shorter one the longer contains, whatever their lengths.
 */
public record Fingerprint(int[] signature, long[] anchors) {
    /** One 3-gram in this many is an anchor (by its hash). */
    static final int ANCHOR_SAMPLING = 8;

    public static Fingerprint of(String body) {
        long[] shingles = MinHash.shingleHashes(body);
        long[] anchors = Arrays.stream(shingles)
                .filter(hash -> Math.floorMod(hash, ANCHOR_SAMPLING) == 0).distinct().sorted().toArray();
        return new Fingerprint(MinHash.signature(shingles), anchors);
    }

    /** Shared anchors over the anchors of the body that has fewer: 1 when the shorter text is all in the longer. */
    public double containment(Fingerprint other) {
        int smaller = Math.min(anchors.length, other.anchors.length);
        if (smaller == 0) {
            return 0;
        }
        int shared = 0;
        for (int i = 0, j = 0; i < anchors.length && j < other.anchors.length;) {
            int order = Long.compare(anchors[i], other.anchors[j]);
            if (order == 0) {
                shared++;
                i++;
                j++;
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return (double) shared / smaller;
    }
}
