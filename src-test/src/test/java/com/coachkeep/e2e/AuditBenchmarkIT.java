package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.audit.domain.AuditActor;
import com.coachkeep.audit.domain.AuditChain;
import com.coachkeep.audit.domain.AuditEntry;
import com.coachkeep.audit.domain.AuditEvent;
import com.coachkeep.audit.domain.ChainHead;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import com.coachkeep.testing.Workspaces.Populated;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * Figures for the audit trail, printed and never asserted; runs only with {@code -Dcoachkeep.audit.benchmark=true}:
 * the cost of appending one event (lock the head, insert, move the head: one transaction each, as the application
 * role) and the time the verification endpoint takes for a chain of {@code coachkeep.audit.benchmark.events}
 * (1,000,000) events.
 */
class AuditBenchmarkIT {
    @Test
    void appendCostAndVerificationTimeForOneMillionEvents() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("coachkeep.audit.benchmark"), "run with -Dcoachkeep.audit.benchmark=true");
        int events = Integer.getInteger("coachkeep.audit.benchmark.events", 1_000_000);
        Populated ws = Workspaces.populated("Audit Benchmark Gym");
        WorkspaceId id = WorkspaceId.parse(ws.id());
        AuditActor actor = AuditActor.person(UUID.randomUUID().toString());

        // 1. appends, one transaction each, exactly the statements the repository runs
        int appends = 2000;
        try (Connection c = DriverManager.getConnection(TestServer.DB_URL, "coachkeep_app", "")) {
            c.setAutoCommit(false);
            long start = System.nanoTime();
            for (int i = 0; i < appends; i++) {
                try (PreparedStatement set = c.prepareStatement("select set_config('app.workspace_id', ?, true)")) {
                    set.setString(1, ws.id());
                    set.executeQuery().close();
                }
                ChainHead head;
                try (PreparedStatement lock = c.prepareStatement("select sequence, hash from audit_chain_head where workspace_id = ?::uuid for update")) {
                    lock.setString(1, ws.id());
                    try (ResultSet r = lock.executeQuery()) {
                        r.next();
                        head = new ChainHead(id, r.getLong(1), r.getString(2));
                    }
                }
                AuditEvent e = AuditChain.append(head, new AuditEntry(id, actor, "staff.role_changed", "membership",
                        UUID.randomUUID().toString(), null, "bench-" + i, Map.of("from", "coach", "to", "assistant")), UUID.randomUUID(), Instant.now());
                insert(c, e);
                try (PreparedStatement move = c.prepareStatement("update audit_chain_head set sequence = ?, hash = ?, updated_at = now() where workspace_id = ?::uuid")) {
                    move.setLong(1, e.sequence());
                    move.setString(2, e.hash());
                    move.setString(3, ws.id());
                    assertEquals(1, move.executeUpdate());
                }
                c.commit();
            }
            double ms = (System.nanoTime() - start) / 1e6 / appends;
            System.out.printf("audit benchmark: append cost %.3f ms per event (%d events, one transaction each, %.0f events/s on one connection)%n",
                    ms, appends, 1000 / ms);
        }

        // 2. grow the chain to the target size with COPY (as the superuser, so the setup is quick), then verify it
        long loadStart = System.nanoTime();
        long last;
        try (Connection c = DriverManager.getConnection(TestServer.DB_URL, "postgres", "")) {
            c.setAutoCommit(false);
            ChainHead head;
            try (ResultSet r = c.createStatement().executeQuery("select sequence, hash from audit_chain_head where workspace_id = '" + ws.id() + "'")) {
                r.next();
                head = new ChainHead(id, r.getLong(1), r.getString(2));
            }
            StringBuilder rows = new StringBuilder();
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            Instant at = Instant.now();
            for (long n = head.sequence(); n < events; n++) {
                AuditEvent e = AuditChain.append(head, new AuditEntry(id, actor, "client.coach_assigned", "client",
                        UUID.randomUUID().toString(), null, null, Map.of("assignedCoach", "none")), UUID.randomUUID(), at.plusNanos(n * 1000));
                rows.append(ws.id()).append('\t').append(e.sequence()).append('\t').append(e.id()).append('\t').append(e.occurredAt())
                        .append("\tPERSON\t").append(actor.id()).append("\tclient.coach_assigned\tclient\t").append(e.entry().targetId())
                        .append("\t\\N\t\\N\t{\"assignedCoach\":\"none\"}\t").append(e.previousHash()).append('\t').append(e.hash()).append('\n');
                head = new ChainHead(id, e.sequence(), e.hash());
                if (rows.length() > 4_000_000) {
                    copy.copyIn(COPY, new StringReader(rows.toString()));
                    rows.setLength(0);
                }
            }
            copy.copyIn(COPY, new StringReader(rows.toString()));
            try (PreparedStatement move = c.prepareStatement("update audit_chain_head set sequence = ?, hash = ? where workspace_id = ?::uuid")) {
                move.setLong(1, head.sequence());
                move.setString(2, head.hash());
                move.setString(3, ws.id());
                move.executeUpdate();
            }
            c.commit();
            c.setAutoCommit(true);
            c.createStatement().execute("analyze audit_event");
            last = head.sequence();
        }
        System.out.printf("audit benchmark: loaded a chain of %d events in %.1f s%n", last, (System.nanoTime() - loadStart) / 1e9);
        long verifyStart = System.nanoTime();
        JsonPath report = TestServer.as(ws.owner().token()).get("/api/v1/workspaces/" + ws.id() + "/audit-events/verification")
                .then().statusCode(200).extract().jsonPath();
        double seconds = (System.nanoTime() - verifyStart) / 1e9;
        assertTrue(report.getBoolean("intact"), report.prettify());
        assertEquals(last, report.getLong("eventsChecked"));
        System.out.printf("audit benchmark: verified %d events in %.1f s (%.0f events/s)%n", last, seconds, last / seconds);
    }

    private static final String COPY = "copy audit_event (workspace_id, sequence, id, occurred_at, actor_kind, actor_id, action, "
            + "target_type, target_id, reason, request_id, details, previous_hash, hash) from stdin";

    private static void insert(Connection c, AuditEvent e) throws Exception {
        try (PreparedStatement s = c.prepareStatement("insert into audit_event (workspace_id, sequence, id, occurred_at, actor_kind, "
                + "actor_id, action, target_type, target_id, reason, request_id, details, previous_hash, hash) "
                + "values (?::uuid, ?, ?::uuid, ?::timestamptz, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)")) {
            var x = e.entry();
            s.setString(1, x.workspaceId().toString());
            s.setLong(2, e.sequence());
            s.setString(3, e.id().toString());
            s.setString(4, e.occurredAt().toString());
            s.setString(5, x.actor().kind().name());
            s.setString(6, x.actor().id());
            s.setString(7, x.action());
            s.setString(8, x.targetType());
            s.setString(9, x.targetId());
            s.setString(10, x.reason());
            s.setString(11, x.requestId());
            s.setString(12, "{\"from\":\"coach\",\"to\":\"assistant\"}");
            s.setString(13, e.previousHash());
            s.setString(14, e.hash());
            s.executeUpdate();
        }
    }
}
