package io.factstream.corpus.read;

/** One entry of a reference corpus; {@code title} and {@code date} (ISO-8601) may be null. */
public record CorpusDocument(String title, String url, String text, String date) {
}
