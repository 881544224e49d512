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

    static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
