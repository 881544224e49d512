package io.factstream.evidence.passages;

import io.factstream.contracts.ArticleIngested;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Indexes the passages of every ingested article, so that claims elsewhere can cite them. */
@ApplicationScoped
public class PassageIndexingStream {
    private final PassageIndex index;

    public PassageIndexingStream(PassageIndex index) {
        this.index = index;
    }

    @Incoming("articles-ingested")
    @Blocking
    public void index(ArticleIngested article) throws IOException {
        index.index(Passages.of(article));
    }
}
