package io.factstream.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic identifiers: the same input always yields the same id, so reprocessing upserts. */
public final class Ids {
    private Ids() {
    }

    public static String articleId(String canonicalUrl) {
        return "a" + sha256Hex(canonicalUrl).substring(0, 24);
    }

    public static String claimId(String articleId, int sentenceOffset) {
        return articleId + "-c" + sentenceOffset;
    }

    public static String storyId(String firstArticleId) {
        return "s" + firstArticleId.substring(1);
    }

    /** Passage {@code position} (0, 1, ...) of a reference-corpus document. */
    public static String referencePassageId(String documentUrl, int position) {
        return "r" + sha256Hex(documentUrl).substring(0, 24) + "-p" + position;
    }

    /**
     * A fact-check, by its review's url when it has one, else by who reviewed which claim: importing the same
     * fact-check again replaces it.
     */
    public static String factCheckId(String reviewUrl, String reviewer, String claimReviewed) {
        return "f" + sha256Hex(reviewUrl != null ? reviewUrl : reviewer + "\n" + claimReviewed).substring(0, 24);
    }

    static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
