package io.factstream.contracts;

/**
 * A quantity as a sentence words it, and its value.
 *
 * @param unit what is counted when the sentence says so right after the number ({@code percent},
 *             {@code euros}, {@code tonnes}, ...), else {@code null}
 */
public record NumberMention(String text, int start, int end, double value, String unit) {
}
