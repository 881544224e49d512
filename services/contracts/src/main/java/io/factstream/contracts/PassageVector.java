package io.factstream.contracts;

/**
 * A passage of an article that other articles' claims can cite, with its embedding.
 *
 * @param start offset of the passage's first character in the cleaned article body
 * @param end   offset just past its last character
 */
public record PassageVector(String text, int start, int end, Embedding embedding) {
}
