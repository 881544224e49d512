package io.factstream.contracts;

/**
 * Every Kafka topic of the pipeline. Article topics are keyed by article id, {@link #STORIES} by story id.
 * Running this class prints one line per topic, {@code name partitions cleanupPolicy}, for the scripts
 * that create topics on a broker whose auto-creation is off.
 */
public enum Topic {
    /**
     * Every accepted submission as the newsroom sent it, before cleaning; compaction keeps each article's newest
     * submission, so articles can be re-processed after a fix.
     */
    ARTICLES_RAW("articles.raw", 6, "compact"),
    ARTICLES_INGESTED("articles.ingested", 6, "delete"),
    CLAIMS_EXTRACTED("claims.extracted", 6, "delete"),
    CLAIMS_EVIDENCE("claims.evidence", 6, "delete"),
    VERDICTS("verdicts", 6, "delete"),
    /**
     * Editors' verdict overrides, keyed by article id: written by the query service to its outbox table in the
     * transaction that stores them, and streamed here by Debezium's outbox event router.
     */
    VERDICT_OVERRIDES("verdicts.overrides", 6, "delete"),
    STORIES("stories", 6, "compact"),
    /** Records no stage could process, with the reason in their headers. */
    DEAD_LETTER("deadletter", 1, "delete"),
    /** The newsroom CMS table as Debezium streams it (topic prefix {@code cms}). */
    CMS_ARTICLES("cms.public.articles", 3, "delete");

    private final String topicName;
    private final int partitions;
    private final String cleanupPolicy;

    Topic(String topicName, int partitions, String cleanupPolicy) {
        this.topicName = topicName;
        this.partitions = partitions;
        this.cleanupPolicy = cleanupPolicy;
    }

    public String topicName() {
        return topicName;
    }

    public int partitions() {
        return partitions;
    }

    public String cleanupPolicy() {
        return cleanupPolicy;
    }

    public static void main(String[] args) {
        for (Topic topic : values()) {
            System.out.println(topic.topicName + " " + topic.partitions + " " + topic.cleanupPolicy);
        }
    }
}
