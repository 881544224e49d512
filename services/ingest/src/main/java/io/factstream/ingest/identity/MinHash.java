package io.factstream.ingest.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * MinHash signatures of a text's word 3-grams, and the band keys that index them: two texts whose
 * 3-gram sets overlap strongly (reprints of one wire story) share a band key with high probability,
 * and their signatures agree in about the share of 3-grams they have in common.
 */
public final class MinHash {
    /** Estimated 3-gram overlap (Jaccard) from which two bodies are one story's reprints. */
    public static final double NEAR_DUPLICATE = 0.7;

    // 16 bands of 4 rows: bodies with 70% 3-gram overlap share a band with probability 0.99, unrelated
    // coverage of one story (overlap around 0.1) with probability 0.002, so candidate lookups stay small.
    static final int HASHES = 64;
    private static final int ROWS_PER_BAND = 4;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int SHINGLE = 3;
    private static final long[] MULTIPLIERS = oddConstants(0x9E3779B97F4A7C15L);
    private static final long[] ADDENDS = oddConstants(0xC2B2AE3D27D4EB4FL);

    private MinHash() {
    }

    public static int[] signature(String text) {
        return signature(shingleHashes(text));
    }

    /** The signature of shingle hashes already computed ({@link #shingleHashes}). */
    static int[] signature(long[] shingles) {
        int[] signature = new int[HASHES];
        Arrays.fill(signature, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < HASHES; i++) {
                // one multiply-shift hash function per position: a permutation of the shingles each
                int value = (int) ((MULTIPLIERS[i] * shingle + ADDENDS[i]) >>> 33);
                if (value < signature[i]) {
                    signature[i] = value;
                }
            }
        }
        return signature;
    }

    /** The share of equal values; signatures of another length (an older scheme) are not comparable: 0. */
    public static double similarity(int[] a, int[] b) {
        if (a.length != b.length) {
            return 0;
        }
        int equal = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / HASHES;
    }

    /** One key per band of the signature; the band's position is part of the key. */
    public static long[] bandKeys(int[] signature) {
        long[] keys = new long[HASHES / ROWS_PER_BAND];
        for (int band = 0; band < keys.length; band++) {
            long key = band;
            for (int row = 0; row < ROWS_PER_BAND; row++) {
                key = key * 0x100000001b3L + signature[band * ROWS_PER_BAND + row];
            }
            keys[band] = mix(key);
        }
        return keys;
    }

    /** A hash of every word 3-gram (repeats included: they cannot change a minimum). */
    static long[] shingleHashes(String text) {
        String[] words = NON_WORD.split(text.toLowerCase(Locale.ROOT).strip());
        if (words.length < SHINGLE) {
            return new long[] {mix(fnv1a64(String.join(" ", words)))};
        }
        long[] wordHashes = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            wordHashes[i] = fnv1a64(words[i]);
        }
        long[] shingles = new long[words.length - SHINGLE + 1];
        for (int i = 0; i < shingles.length; i++) {
            shingles[i] = mix(mix(wordHashes[i] * 31 + wordHashes[i + 1]) * 31 + wordHashes[i + 2]);
        }
        return shingles;
    }

    private static long fnv1a64(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    private static long[] oddConstants(long seed) {
        long[] constants = new long[HASHES];
        for (int i = 0; i < HASHES; i++) {
            constants[i] = mix(seed + i) | 1;
        }
        return constants;
    }

    /** A 64-bit finaliser (SplitMix64) that spreads nearby inputs over the whole range. */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
