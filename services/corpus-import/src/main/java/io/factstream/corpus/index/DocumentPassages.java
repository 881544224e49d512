package io.factstream.corpus.index;

import io.factstream.corpus.read.CorpusRecord;
import java.util.List;

/** A parsed record and its passages, ready to be embedded and indexed. */
public record DocumentPassages(CorpusRecord.Parsed record, List<String> passages) {
}
