package io.factstream.text;

/** A sentence and its character span {@code [start, end)} in the text it was split from. */
public record Sentence(String text, int start, int end) {
}
