package io.factstream.contracts;

/**
 * A person, organisation or place as a sentence names it.
 *
 * @param text  the name without title or possessive ("Lina Ortiz" in "Mayor Lina Ortiz's plan")
 * @param start offset of the name in the claim's text
 */
public record EntityMention(String text, int start, int end, EntityKind kind) {
}
