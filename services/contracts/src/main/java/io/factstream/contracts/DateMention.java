package io.factstream.contracts;

/**
 * A date as a sentence words it, and what it means.
 *
 * @param start offset of the mention in the claim's text
 * @param value an ISO date ({@code 2026-11-21}), week ({@code 2026-W47}), month ({@code 2026-11}), year
 *              ({@code 2026}) or span of years ({@code 1996/2007})
 */
public record DateMention(String text, int start, int end, String value) {
}
