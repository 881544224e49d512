package io.factstream.bench.ingest;

import io.factstream.bench.articles.ArticleToPost;
import io.factstream.contracts.Ids;
import io.factstream.contracts.Topic;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Articles through change data capture: rows inserted into the newsroom's CMS table travel through
 * Debezium to ingest, which accepts them onto {@code articles.raw} and then cleans them onto
 * {@code articles.ingested}. Each time runs from the first insert until the last article's record on that
 * topic (the record's own timestamp), so a slow reader here does not count.
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

    record Result(int inserted, ArrivalWatch.Arrivals accepted, ArrivalWatch.Arrivals ingested) {
    }

    /** @param articles plain-text articles, the CMS table's body format */
    Result run(List<ArticleToPost> articles) throws SQLException {
        List<Topic> topics = List.of(Topic.ARTICLES_RAW, Topic.ARTICLES_INGESTED);
        Set<String> ids = articles.stream().map(article -> Ids.articleId(article.url())).collect(Collectors.toSet());
        try (ArrivalWatch watch = new ArrivalWatch(kafka, topics)) {
            long start = System.currentTimeMillis();
            insert(articles);
            Map<Topic, ArrivalWatch.Arrivals> arrivals = watch.await(ids, start, MAX_WAIT, topics);
            return new Result(articles.size(), arrivals.get(Topic.ARTICLES_RAW), arrivals.get(Topic.ARTICLES_INGESTED));
        }
    }

    private void insert(List<ArticleToPost> articles) throws SQLException {
        try (Connection cms = DriverManager.getConnection(cmsJdbcUrl, "factstream", "factstream");
                PreparedStatement insert = cms.prepareStatement(INSERT)) {
            cms.setAutoCommit(false);
            for (int i = 0; i < articles.size(); i++) {
                ArticleToPost article = articles.get(i);
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
