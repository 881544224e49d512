package io.factstream.corpus.index;

import io.factstream.corpus.read.CorpusRecord;
import java.util.List;

/** A parsed record and the passages of it to embed and index: a reference document's, a fact-check's claim. */
public record DocumentPassages<D>(CorpusRecord.Parsed<D> record, List<String> passages) {
}
