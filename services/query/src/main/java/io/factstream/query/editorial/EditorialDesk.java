package io.factstream.query.editorial;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factstream.contracts.VerdictLabel;
import io.factstream.contracts.VerdictOverride;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Stores editors' decisions in PostgreSQL, each with who decided, when, why and the label before and after (the
 * audit trail, withdrawals included), and, in the same transaction, the event that announces each one in the outbox
 * table; Debezium turns outbox rows into records on {@code verdicts.overrides}, so a decision is
 * announced exactly when it is stored.
 */
@ApplicationScoped
public class EditorialDesk {
    private static final String RECORD = """
            insert into verdict_override (override_id, claim_id, article_id, label, note, editor, requested_at,
                label_before)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String ANNOUNCE = """
            insert into outbox (id, aggregatetype, aggregateid, type, payload) values (?, 'claim', ?, ?, ?::jsonb)""";
    private static final String HISTORY = """
            select override_id, claim_id, article_id, label, note, editor, requested_at, label_before
            from verdict_override where claim_id = ? order by requested_at desc""";

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;

    public EditorialDesk(DataSource dataSource, ObjectMapper json, Clock clock) {
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param label       the editor's label, or {@code null} to withdraw the claim's override
     * @param editor      who decides, as signed in
     * @param labelBefore the label the claim shows now
     */
    public VerdictOverride decide(String claimId, String articleId, VerdictLabel label, String note, String editor,
            VerdictLabel labelBefore) throws SQLException {
        VerdictOverride decision = new VerdictOverride(VerdictOverride.SCHEMA_VERSION, UUID.randomUUID().toString(),
                claimId, articleId, label, note, editor, clock.instant(), labelBefore);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement record = connection.prepareStatement(RECORD);
                    PreparedStatement announce = connection.prepareStatement(ANNOUNCE)) {
                record.setString(1, decision.overrideId());
                record.setString(2, claimId);
                record.setString(3, articleId);
                record.setString(4, label == null ? null : label.name());
                record.setString(5, note);
                record.setString(6, editor);
                record.setTimestamp(7, Timestamp.from(decision.requestedAt()));
                record.setString(8, labelBefore == null ? null : labelBefore.name());
                record.executeUpdate();
                announce.setString(1, decision.overrideId());
                announce.setString(2, articleId);
                announce.setString(3, label == null ? "VerdictOverrideWithdrawn" : "VerdictOverridden");
                announce.setString(4, json.writeValueAsString(decision));
                announce.executeUpdate();
                connection.commit();
            } catch (SQLException | JsonProcessingException | RuntimeException e) {
                connection.rollback();
                throw e instanceof SQLException sql ? sql : new SQLException("override not stored", e);
            }
        }
        return decision;
    }

    /** The claim's editorial decisions, newest first. */
    public List<VerdictOverride> history(String claimId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(HISTORY)) {
            query.setString(1, claimId);
            List<VerdictOverride> decisions = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    decisions.add(new VerdictOverride(VerdictOverride.SCHEMA_VERSION, rows.getString("override_id"),
                            rows.getString("claim_id"), rows.getString("article_id"), label(rows, "label"),
                            rows.getString("note"), rows.getString("editor"),
                            rows.getTimestamp("requested_at").toInstant(), label(rows, "label_before")));
                }
            }
            return decisions;
        }
    }

    private static VerdictLabel label(ResultSet rows, String column) throws SQLException {
        String label = rows.getString(column);
        return label == null ? null : VerdictLabel.valueOf(label);
    }
}
