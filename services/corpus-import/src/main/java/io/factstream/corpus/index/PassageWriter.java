package io.factstream.corpus.index;

import io.factstream.corpus.read.CorpusRecord;
import java.io.IOException;
import java.util.List;

/** Where the import commits its batches: the reference or fact-checks index, or a stand-in in tests. */
public interface PassageWriter<D> {
    /** What of a document is embedded and indexed, one or more passages. */
    List<String> passagesOf(D document);

    /**
     * Writes the batch; when this returns, it is durable. The answer lists the documents the store refused,
     * which the import reports as bad records; a store that cannot be reached throws instead.
     */
    List<CorpusRecord.Rejected<D>> write(List<DocumentPassages<D>> batch) throws IOException;
}
