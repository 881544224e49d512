package io.factstream.claims.scoring;

public enum SentenceType {
    STATEMENT,
    QUESTION,
    OPINION,
    HEADING
}
