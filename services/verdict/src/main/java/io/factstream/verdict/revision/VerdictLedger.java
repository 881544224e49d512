package io.factstream.verdict.revision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.contracts.Verdict;
import io.factstream.support.messaging.KeyedMessages;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Every claim's verdict state in PostgreSQL, changed one claim at a time: the claim is locked, its next state
 * decided, a new revision published to {@code verdicts} (and acknowledged by Kafka) before the state is saved.
 * Several instances and the pending sweep may touch one claim; the lock makes them take turns, so revision
 * numbers never repeat with different content.
 */
@ApplicationScoped
public class VerdictLedger {
    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(60);
    private static final String LOCK = "select pg_advisory_xact_lock(hashtextextended(?, 0))";
    private static final String READ = "select state from claim_verdict where claim_id = ?";
    private static final String SAVE = """
            insert into claim_verdict (claim_id, article_id, state, pending_until) values (?, ?, ?::jsonb, ?)
            on conflict (claim_id) do update set state = excluded.state, pending_until = excluded.pending_until""";
    private static final String PENDING_DUE = """
            select claim_id from claim_verdict where pending_until <= ? order by pending_until limit ?""";

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Revisions revisions;
    private final MutinyEmitter<Verdict> verdicts;

    public VerdictLedger(DataSource dataSource, ObjectMapper json, Revisions revisions,
            @Channel("verdicts") MutinyEmitter<Verdict> verdicts) {
        this.dataSource = dataSource;
        this.json = json;
        this.revisions = revisions;
        this.verdicts = verdicts;
    }

    /**
     * @param transition the claim's next state from its current one ({@code null} when the claim is new), or
     *                   empty to leave it as it is
     */
    public void apply(String claimId, Function<ClaimVerdict, Optional<ClaimVerdict>> transition) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                lock(connection, claimId);
                ClaimVerdict current = read(connection, claimId);
                Optional<ClaimVerdict> next = transition.apply(current);
                if (next.isPresent()) {
                    publishIfRevised(current, next.get());
                    save(connection, next.get());
                }
                connection.commit();
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("verdict state of claim " + claimId + " is unavailable", e);
        }
    }

    /** Claims whose pending window has ended by {@code now}, oldest first. */
    public List<String> pendingDue(Instant now, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(PENDING_DUE)) {
            query.setTimestamp(1, Timestamp.from(now));
            query.setInt(2, limit);
            List<String> claimIds = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    claimIds.add(rows.getString(1));
                }
            }
            return claimIds;
        } catch (SQLException e) {
            throw new IllegalStateException("pending claims are unavailable", e);
        }
    }

    private void publishIfRevised(ClaimVerdict current, ClaimVerdict next) {
        if (current != null && next.revision() == current.revision()) {
            return;
        }
        Verdict verdict = next.toVerdict(current == null ? null : current.label());
        verdicts.sendMessage(KeyedMessages.keyed(verdict, verdict.articleId())).await().atMost(PUBLISH_TIMEOUT);
    }

    private static void lock(Connection connection, String claimId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
            lock.setString(1, claimId);
            lock.executeQuery().close();
        }
    }

    private ClaimVerdict read(Connection connection, String claimId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(READ)) {
            query.setString(1, claimId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? json.readValue(row.getString(1), ClaimVerdict.class) : null;
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored verdict state of claim " + claimId + " is unreadable", e);
        }
    }

    private void save(Connection connection, ClaimVerdict claim) throws SQLException {
        try (PreparedStatement save = connection.prepareStatement(SAVE)) {
            save.setString(1, claim.claimId());
            save.setString(2, claim.articleId());
            save.setString(3, json.writeValueAsString(claim));
            save.setTimestamp(4, revisions.pendingUntil(claim).map(Timestamp::from).orElse(null));
            save.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("verdict state of claim " + claim.claimId() + " cannot be written", e);
        }
    }
}
