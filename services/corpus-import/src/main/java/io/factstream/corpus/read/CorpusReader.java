package io.factstream.corpus.read;

import java.io.IOException;

/** Reads an input one record at a time, in constant memory. */
public interface CorpusReader<D> {
    /**
     * The next record, or null at the end of the input. A bad record is returned as
     * {@link CorpusRecord.Rejected}; an input that cannot be read on (broken XML) throws.
     */
    CorpusRecord<D> next() throws IOException;
}
