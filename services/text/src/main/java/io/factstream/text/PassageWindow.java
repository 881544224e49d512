package io.factstream.text;

/**
 * A passage: the sentences {@code [firstSentence, endSentence)} of a text, spanning characters {@code [start, end)}.
 */
public record PassageWindow(String text, int start, int end, int firstSentence, int endSentence) {
}
