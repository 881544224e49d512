package io.factstream.corpus.read;

/**
 * What a reader makes of one record of the input: its number (the line of a JSON Lines file, the ordinal of a
 * Wikipedia {@code <doc>} or of a JSON array's item), where to find it for a person, and either the document or why
 * it was rejected.
 *
 * @param <D> what a record holds: a reference document, a fact-check
 */
public sealed interface CorpusRecord<D> {
    long number();

    String location();

    record Parsed<D>(long number, String location, D document) implements CorpusRecord<D> {
    }

    record Rejected<D>(long number, String location, String reason) implements CorpusRecord<D> {
    }
}
