package io.factstream.query.indexing;

/** The Elasticsearch indices the query service keeps, one per kind of result. */
public enum ResultIndex {
    ARTICLES("factstream-articles", "elasticsearch/articles.json"),
    CLAIMS("factstream-claims", "elasticsearch/claims.json"),
    ANALYSES("factstream-analyses", "elasticsearch/analyses.json"),
    VERDICTS("factstream-verdicts", "elasticsearch/verdicts.json"),
    STORIES("factstream-stories", "elasticsearch/stories.json");

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
