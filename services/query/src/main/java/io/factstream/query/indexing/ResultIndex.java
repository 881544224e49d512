package io.factstream.query.indexing;

/**
 * The Elasticsearch indices the query service keeps, one per kind of result. Each name is an alias of the index
 * built from the current definition ({@link io.factstream.support.elasticsearch.VersionedIndex}): editing a
 * definition is all a mapping change takes.
 */
public enum ResultIndex {
    ARTICLES("factstream-articles", "elasticsearch/articles.json"),
    CLAIMS("factstream-claims", "elasticsearch/claims.json"),
    ANALYSES("factstream-analyses", "elasticsearch/analyses.json"),
    VERDICTS("factstream-verdicts", "elasticsearch/verdicts.json"),
    STORIES("factstream-stories", "elasticsearch/stories.json"),
    LABEL_CHANGES("factstream-label-changes", "elasticsearch/label-changes.json");

    private final String indexName;
    private final String definition;

    ResultIndex(String indexName, String definition) {
        this.indexName = indexName;
        this.definition = definition;
    }

    public String indexName() {
        return indexName;
    }

    public String definition() {
        return definition;
    }
}
