package io.factstream.corpus.index;

import io.factstream.corpus.read.CorpusRecord;
import java.io.IOException;
import java.util.List;

/** Where the import commits its batches: the reference index, or a stand-in in tests. */
public interface PassageWriter {
    /**
     * Writes the batch; when this returns, it is durable. The answer lists the documents the store refused,
     * which the import reports as bad records; a store that cannot be reached throws instead.
     */
    List<CorpusRecord.Rejected> write(List<DocumentPassages> batch) throws IOException;
}
