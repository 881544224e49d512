package io.factstream.claims.scoring;

/** How check-worthy one sentence is; only checkable sentences become claims. */
public record Checkworthiness(String text, double score, boolean checkable, SentenceType type) {
}
