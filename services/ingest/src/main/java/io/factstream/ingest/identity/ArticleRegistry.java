package io.factstream.ingest.identity;

import io.factstream.ingest.article.CleanArticle;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Remembers every article URL in PostgreSQL to give each submission its identity: the same URL is the
 * same article (a new revision when its content changed), and a body at another URL that reprints a registered one
 * ({@link Reprints}) is linked to that article's origin.
 */
@ApplicationScoped
public class ArticleRegistry {
    /** The articles sharing most bands first: they are the likeliest near duplicates. */
    private static final String BAND_CANDIDATES = candidates("article_band", "band_key");
    /** The articles sharing most anchors first: they are the likeliest to contain the body or be contained in it. */
    private static final String ANCHOR_CANDIDATES = candidates("article_anchor", "anchor");
    private static final String LOCK_KEYS = """
            select pg_advisory_xact_lock(k) from (select distinct k from unnest(?::bigint[]) k order by k) ordered_keys""";
    private static final String UPSERT = """
            insert into article_identity (article_id, url, outlet, content_hash, revision, origin_id, minhash,
                                          anchors, first_seen, updated_at)
            values (?, ?, ?, ?, 1, ?, ?, ?, now(), now())
            on conflict (article_id) do update set
                revision = article_identity.revision
                    + case when article_identity.content_hash = excluded.content_hash then 0 else 1 end,
                content_hash = excluded.content_hash, minhash = excluded.minhash, anchors = excluded.anchors,
                updated_at = now()
            returning revision, origin_id""";

    private final DataSource dataSource;

    public ArticleRegistry(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public ArticleIdentity register(CleanArticle article) {
        String articleId = article.articleId();
        Fingerprint fingerprint = Fingerprint.of(article.body());
        Long[] bandKeys = boxed(MinHash.bandKeys(fingerprint.signature()));
        Long[] anchors = boxed(fingerprint.anchors());
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            lock(connection, bandKeys, anchors);
            Optional<String> origin = reprintedOrigin(connection, articleId, fingerprint, BAND_CANDIDATES, bandKeys);
            if (origin.isEmpty()) {
                origin = reprintedOrigin(connection, articleId, fingerprint, ANCHOR_CANDIDATES, anchors);
            }
            ArticleIdentity identity = upsert(connection, article, articleId, origin.orElse(articleId), fingerprint);
            replaceKeys(connection, "article_band", "band_key", articleId, bandKeys);
            replaceKeys(connection, "article_anchor", "anchor", articleId, anchors);
            connection.commit();
            return identity;
        } catch (SQLException e) {
            // RawSubmissionStream waits (RetryWhileUnavailable) when the cause says PostgreSQL is unavailable
            throw new IllegalStateException("the article registry failed: " + e.getMessage(), e);
        }
    }

    private static String candidates(String table, String key) {
        return """
                select i.article_id, i.origin_id, i.minhash, i.anchors
                from (select article_id, count(*) as shared from %1$s
                      where %2$s = any (?) and article_id <> ?
                      group by article_id order by shared desc limit 20) c
                join article_identity i on i.article_id = c.article_id
                order by c.shared desc, i.first_seen""".formatted(table, key);
    }

    /**
     * Two reprints registered at the same moment would each miss the other; sharing a band or an anchor, they take
     * turns. The locks are taken in key order, so two registrations never wait for each other in a circle.
     */
    private static void lock(Connection connection, Long[] bandKeys, Long[] anchors) throws SQLException {
        Long[] keys = Stream.concat(Arrays.stream(bandKeys), Arrays.stream(anchors)).toArray(Long[]::new);
        try (PreparedStatement lock = connection.prepareStatement(LOCK_KEYS)) {
            lock.setArray(1, connection.createArrayOf("bigint", keys));
            lock.executeQuery().close();
        }
    }

    /** The origin of the first candidate that the body reprints, or that reprints the body. */
    private static Optional<String> reprintedOrigin(Connection connection, String articleId, Fingerprint fingerprint,
            String candidateQuery, Long[] keys) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(candidateQuery)) {
            query.setArray(1, connection.createArrayOf("bigint", keys));
            query.setString(2, articleId);
            try (ResultSet candidates = query.executeQuery()) {
                while (candidates.next()) {
                    int[] signature = Arrays.stream((Integer[]) candidates.getArray("minhash").getArray())
                            .mapToInt(Integer::intValue).toArray();
                    long[] anchors = Arrays.stream((Long[]) candidates.getArray("anchors").getArray())
                            .mapToLong(Long::longValue).toArray();
                    if (Reprints.sameOrigin(fingerprint, new Fingerprint(signature, anchors))) {
                        return Optional.of(candidates.getString("origin_id"));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static ArticleIdentity upsert(Connection connection, CleanArticle article, String articleId, String origin,
            Fingerprint fingerprint) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            Array minhash = connection.createArrayOf("integer",
                    Arrays.stream(fingerprint.signature()).boxed().toArray());
            upsert.setString(1, articleId);
            upsert.setString(2, article.url());
            upsert.setString(3, article.outlet());
            upsert.setString(4, contentHash(article));
            upsert.setString(5, origin);
            upsert.setArray(6, minhash);
            upsert.setArray(7, connection.createArrayOf("bigint", boxed(fingerprint.anchors())));
            try (ResultSet row = upsert.executeQuery()) {
                row.next();
                return new ArticleIdentity(articleId, row.getInt("revision"), row.getString("origin_id"));
            }
        }
    }

    private static void replaceKeys(Connection connection, String table, String key, String articleId, Long[] keys)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where article_id = ?");
                PreparedStatement insert = connection.prepareStatement(
                        "insert into " + table + " (" + key + ", article_id) values (?, ?)")) {
            delete.setString(1, articleId);
            delete.executeUpdate();
            for (Long value : keys) {
                insert.setLong(1, value);
                insert.setString(2, articleId);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Long[] boxed(long[] values) {
        return Arrays.stream(values).boxed().toArray(Long[]::new);
    }

    private static String contentHash(CleanArticle article) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(article.title().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(article.body().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
