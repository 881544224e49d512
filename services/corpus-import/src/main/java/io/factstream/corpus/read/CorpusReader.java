package io.factstream.corpus.read;

import java.io.IOException;

/** Reads a corpus one record at a time, in constant memory. */
public interface CorpusReader {
    /**
     * The next record, or null at the end of the input. A bad record is returned as
     * {@link CorpusRecord.Rejected}; an input that cannot be read on (broken XML) throws.
     */
    CorpusRecord next() throws IOException;
}
