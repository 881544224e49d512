package io.factstream.corpus.index;

import java.io.Closeable;
import java.io.IOException;

/** A {@link PassageWriter} to an Elasticsearch index, which an import makes searchable once it has written all. */
public interface IndexWriter<D> extends PassageWriter<D>, Closeable {
    /** Makes everything written so far searchable. */
    void refresh() throws IOException;
}
