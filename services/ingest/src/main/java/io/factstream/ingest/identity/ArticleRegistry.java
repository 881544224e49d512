package io.factstream.ingest.identity;

import io.factstream.contracts.Ids;
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
import javax.sql.DataSource;

/**
 * Remembers every article URL in PostgreSQL to give each submission its identity: the same URL is the
 * same article (a new revision when its content changed), and a near-identical body at another URL
 * is linked to the origin of the first such article registered.
 */
@ApplicationScoped
public class ArticleRegistry {
    /** The articles sharing most bands first: they are the likeliest reprints. */
    private static final String NEAR_DUPLICATE_CANDIDATES = """
            select i.article_id, i.origin_id, i.minhash
            from (select article_id, count(*) as shared from article_band
                  where band_key = any (?) and article_id <> ?
                  group by article_id order by shared desc limit 20) c
            join article_identity i on i.article_id = c.article_id
            order by c.shared desc, i.first_seen""";
    private static final String LOCK_BANDS = """
            select pg_advisory_xact_lock(k) from (select k from unnest(?::bigint[]) k order by k) ordered_keys""";
    private static final String UPSERT = """
            insert into article_identity (article_id, url, outlet, content_hash, revision, origin_id, minhash,
                                          first_seen, updated_at)
            values (?, ?, ?, ?, 1, ?, ?, now(), now())
            on conflict (article_id) do update set
                revision = article_identity.revision
                    + case when article_identity.content_hash = excluded.content_hash then 0 else 1 end,
                content_hash = excluded.content_hash, minhash = excluded.minhash, updated_at = now()
            returning revision, origin_id""";

    private final DataSource dataSource;

    public ArticleRegistry(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public ArticleIdentity register(CleanArticle article) {
        String articleId = Ids.articleId(article.url());
        int[] signature = MinHash.signature(article.body());
        Long[] bandKeys = Arrays.stream(MinHash.bandKeys(signature)).boxed().toArray(Long[]::new);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            lockBands(connection, bandKeys);
            String origin = nearDuplicateOrigin(connection, articleId, signature, bandKeys);
            ArticleIdentity identity = upsert(connection, article, articleId, origin, signature);
            replaceBands(connection, articleId, bandKeys);
            connection.commit();
            return identity;
        } catch (SQLException e) {
            // RawSubmissionStream waits (RetryWhileUnavailable) when the cause says PostgreSQL is unavailable
            throw new IllegalStateException("the article registry failed: " + e.getMessage(), e);
        }
    }

    /**
     * Two reprints registered at the same moment would each miss the other; sharing a band, they take turns.
     * The locks are taken in key order, so two registrations never wait for each other in a circle.
     */
    private static void lockBands(Connection connection, Long[] bandKeys) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK_BANDS)) {
            lock.setArray(1, connection.createArrayOf("bigint", bandKeys));
            lock.executeQuery().close();
        }
    }

    private static String nearDuplicateOrigin(Connection connection, String articleId, int[] signature,
            Long[] bandKeys) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(NEAR_DUPLICATE_CANDIDATES)) {
            query.setArray(1, connection.createArrayOf("bigint", bandKeys));
            query.setString(2, articleId);
            try (ResultSet candidates = query.executeQuery()) {
                while (candidates.next()) {
                    int[] other = Arrays.stream((Integer[]) candidates.getArray("minhash").getArray())
                            .mapToInt(Integer::intValue).toArray();
                    if (MinHash.similarity(signature, other) >= MinHash.NEAR_DUPLICATE) {
                        return candidates.getString("origin_id");
                    }
                }
            }
        }
        return articleId;
    }

    private static ArticleIdentity upsert(Connection connection, CleanArticle article, String articleId, String origin,
            int[] signature) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            Array minhash = connection.createArrayOf("integer", Arrays.stream(signature).boxed().toArray());
            upsert.setString(1, articleId);
            upsert.setString(2, article.url());
            upsert.setString(3, article.outlet());
            upsert.setString(4, contentHash(article));
            upsert.setString(5, origin);
            upsert.setArray(6, minhash);
            try (ResultSet row = upsert.executeQuery()) {
                row.next();
                return new ArticleIdentity(articleId, row.getInt("revision"), row.getString("origin_id"));
            }
        }
    }

    private static void replaceBands(Connection connection, String articleId, Long[] bandKeys) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from article_band where article_id = ?");
                PreparedStatement insert = connection.prepareStatement(
                        "insert into article_band (band_key, article_id) values (?, ?)")) {
            delete.setString(1, articleId);
            delete.executeUpdate();
            for (Long key : bandKeys) {
                insert.setLong(1, key);
                insert.setString(2, articleId);
                insert.addBatch();
            }
            insert.executeBatch();
        }
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
