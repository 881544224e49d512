package io.factstream.bench.ingest;

import io.factstream.bench.articles.GeneratedArticle;
import io.factstream.contracts.Ids;
import io.factstream.contracts.Topic;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Articles through change data capture: rows inserted into the newsroom's CMS table travel through
 * Debezium and ingest to {@code articles.ingested}. The time runs from the first insert until ingest
 * published the last of them (the record's own timestamp), so a slow reader here does not count.
 */
final class CdcAcceptBenchmark {
    private static final int ROWS_PER_BATCH = 500;
    private static final Duration MAX_WAIT = Duration.ofMinutes(3);
    private static final String INSERT =
            "insert into articles (url, title, body, outlet, published_at) values (?, ?, ?, ?, ?)";

    private final String kafka;
    private final String cmsJdbcUrl;

    CdcAcceptBenchmark(String kafka, String cmsJdbcUrl) {
        this.kafka = kafka;
        this.cmsJdbcUrl = cmsJdbcUrl;
    }

    record Result(int inserted, int arrived, double seconds) {
        double articlesPerSecond() {
            return arrived == 0 ? 0 : arrived / seconds;
        }
    }

    /** @param articles plain-text articles, the CMS table's body format */
    Result run(List<GeneratedArticle> articles) throws SQLException {
        Set<String> awaited = new HashSet<>();
        articles.forEach(article -> awaited.add(Ids.articleId(article.url())));
        try (KafkaConsumer<String, byte[]> ingested = consumerAtEndOfIngested()) {
            long start = System.currentTimeMillis();
            insert(articles);
            long lastPublished = start;
            long deadline = System.nanoTime() + MAX_WAIT.toNanos();
            while (!awaited.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : ingested.poll(Duration.ofMillis(500))) {
                    if (awaited.remove(record.key())) {
                        lastPublished = Math.max(lastPublished, record.timestamp());
                    }
                }
            }
            return new Result(articles.size(), articles.size() - awaited.size(), (lastPublished - start) / 1000.0);
        }
    }

    private KafkaConsumer<String, byte[]> consumerAtEndOfIngested() {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-cdc-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topic.ARTICLES_INGESTED.topicName()).stream()
                .map(partition -> new TopicPartition(partition.topic(), partition.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.endOffsets(partitions).forEach(consumer::seek);
        return consumer;
    }

    private void insert(List<GeneratedArticle> articles) throws SQLException {
        try (Connection cms = DriverManager.getConnection(cmsJdbcUrl, "factstream", "factstream");
                PreparedStatement insert = cms.prepareStatement(INSERT)) {
            cms.setAutoCommit(false);
            for (int i = 0; i < articles.size(); i++) {
                GeneratedArticle article = articles.get(i);
                insert.setString(1, article.url());
                insert.setString(2, article.title());
                insert.setString(3, article.body());
                insert.setString(4, article.outlet());
                insert.setObject(5, OffsetDateTime.parse(article.publishedAt()));
                insert.addBatch();
                if ((i + 1) % ROWS_PER_BATCH == 0 || i + 1 == articles.size()) {
                    insert.executeBatch();
                    cms.commit();
                }
            }
        }
    }
}
