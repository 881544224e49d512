package io.factstream.corpus.read;

/**
 * What a reader makes of one record of the input: its number (the line of a JSON Lines file, the ordinal of a
 * Wikipedia {@code <doc>}), where to find it for a person, and either the document or why it was rejected.
 */
public sealed interface CorpusRecord {
    long number();

    String location();

    record Parsed(long number, String location, CorpusDocument document) implements CorpusRecord {
    }

    record Rejected(long number, String location, String reason) implements CorpusRecord {
    }
}
