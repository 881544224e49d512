package io.factstream.support.metrics;

/**
 * The one timer every stream processor records, as {@code @Timed(value = StageMetrics.RECORDS, extraTags = {"stage",
 * "<service>.<what it does>"})} on its {@code @Incoming} method: on {@code /q/metrics} its count is the records
 * processed (throughput), its sum and maximum the time they took (latency), per stage. Consumer lag comes from the
 * Kafka clients' own metrics ({@code kafka_consumer_fetch_manager_records_lag}).
 */
public final class StageMetrics {
    public static final String RECORDS = "factstream.records";
    public static final String STAGE = "stage";

    private StageMetrics() {
    }
}
