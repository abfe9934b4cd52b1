package com.coachkeep.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.infrastructure.persistence.outbox.EmailPayloads;
import com.coachkeep.infrastructure.platform.EmbeddedDatabase;
import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.testing.OwnServer;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.domain.EmailAddress;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing queued is lost when the server dies, and a retry never sends a second, different email: 1,000 emails
 * are queued, the server is killed with SIGKILL three times while it sends them and started again each time, and
 * then every one of them has reached a real SMTP server. A copy arrives twice only when the server died between
 * the SMTP server's acceptance and the commit of the outbox row, and then both copies carry the same Message-ID.
 *
 * <p>The server is one of the test's own ({@link OwnServer}) on a database of its own, so killing it disturbs no
 * other test. With {@code -Dcoachkeep.outbox.benchmark=true} the class also measures throughput with one and two
 * workers and the commit-to-send latency (figures printed, never asserted).
 */
class OutboxCrashIT {
    static final int EMAILS = 1000;
    static final int HTTP_PORT = Integer.getInteger("coachkeep.test.ownServer.httpPort", 19180);
    static final int HTTPS_PORT = Integer.getInteger("coachkeep.test.ownServer.httpsPort", 19543);
    static final int DB_PORT = Integer.getInteger("coachkeep.test.ownServer.dbPort", 25532);
    static final Path DATA = Path.of(System.getProperty("coachkeep.test.ownServer.dataDir", "target/outbox-it-data"));

    static EmbeddedDatabase.Running database;
    static GreenMail smtp;

    @BeforeAll
    static void databaseAndSmtpServer() throws Exception {
        if (Files.exists(DATA)) {
            try (var files = Files.walk(DATA)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        database = new EmbeddedDatabase().start(DATA.resolve("postgres"), DB_PORT);
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
    }

    @AfterAll
    static void stop() {
        if (smtp != null) {
            smtp.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    static Map<String, String> environment(int workers) {
        Map<String, String> env = new HashMap<>();
        env.put("COACHKEEP_HTTP_PORT", String.valueOf(HTTP_PORT));
        env.put("COACHKEEP_HTTPS_PORT", String.valueOf(HTTPS_PORT));
        env.put("COACHKEEP_DATA_DIR", DATA.toAbsolutePath().toString());
        env.put("COACHKEEP_DB_URL", database.jdbcUrl());
        env.put("COACHKEEP_DEV_ISSUER_ISSUER", "http://localhost:" + HTTP_PORT + "/dev-issuer");
        env.put("COACHKEEP_APP_URL", "http://localhost:" + HTTP_PORT);
        env.put("COACHKEEP_MAIL_TRANSPORT", "smtp");
        env.put("COACHKEEP_MAIL_SMTP_HOST", "127.0.0.1");
        env.put("COACHKEEP_MAIL_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()));
        env.put("COACHKEEP_MAIL_SMTP_STARTTLS", "off");
        env.put("COACHKEEP_OUTBOX_WORKERS", String.valueOf(workers));
        return env;
    }

    static DataSource superuser() {
        return database.dataSource("postgres");
    }

    /** Queues {@code count} platform emails to {@code prefix-NNNN@outbox.test} in one transaction, as the server would. */
    static List<String> queue(String prefix, int count) throws Exception {
        List<String> keys = new ArrayList<>();
        try (Connection c = superuser().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into outbox_message (workspace_id, id, kind, idempotency_key, "
                    + "template, essential, payload, status, attempts, next_attempt_at, created_at) "
                    + "values (?::uuid, ?::uuid, 'email', ?, ?, true, ?::jsonb, 'PENDING', 0, ?, ?)")) {
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                for (int i = 0; i < count; i++) {
                    String key = prefix + ":" + i;
                    MailPort.Email email = new MailPort.Email(EmailTemplate.DELETION_CONFIRMATION,
                            MailPort.Recipient.of(new EmailAddress(String.format("%s-%04d@outbox.test", prefix, i))), null, Locale.ENGLISH,
                            MailPort.Branding.platform(), Map.of("scope", "test record " + i, "deletedAt", "2026-03-02T08:00:00Z",
                                    "backupsExpireAt", "2026-04-06T08:00:00Z"), key);
                    insert.setString(1, new UUID(0, 0).toString());
                    insert.setString(2, UUID.randomUUID().toString());
                    insert.setString(3, key);
                    insert.setString(4, email.template().id());
                    insert.setString(5, EmailPayloads.toJson(email));
                    insert.setObject(6, now);
                    insert.setObject(7, now);
                    insert.addBatch();
                    keys.add(key);
                }
                insert.executeBatch();
            }
            c.commit();
        }
        return keys;
    }

    static List<MimeMessage> received(String prefix) {
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                if (m.getAllRecipients()[0].toString().startsWith(prefix + "-")) {
                    mine.add(m);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return mine;
    }

    static long distinctRecipients(String prefix) {
        return received(prefix).stream().map(m -> {
            try {
                return m.getAllRecipients()[0].toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).distinct().count();
    }

    static void awaitReceived(String prefix, long distinct, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (distinctRecipients(prefix) < distinct && Instant.now().isBefore(deadline)) {
            Thread.sleep(5);
        }
    }

    static long count(String sql) throws Exception {
        try (Connection c = superuser().getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void everyQueuedEmailIsDeliveredThroughThreeHardCrashesAndDuplicatesShareTheirMessageId() throws Exception {
        String prefix = "crash";
        int crashes = 0;
        try (OwnServer server = new OwnServer("coachkeep-outbox-" + HTTP_PORT, HTTP_PORT, environment(2))) {
            server.start();
            queue(prefix, EMAILS);
            for (int target : new int[] {150, 450, 750}) {
                awaitReceived(prefix, target, Duration.ofMinutes(2));
                server.kill();
                crashes++;
                long at = distinctRecipients(prefix);
                System.out.printf("outbox crash test: killed the server (kill -9) with %d of %d emails delivered%n", at, EMAILS);
                assertTrue(at < EMAILS, "the server had sent everything before crash " + crashes + "; nothing was interrupted");
                server.start();
            }
            awaitReceived(prefix, EMAILS, Duration.ofMinutes(2));
            Instant settle = Instant.now().plusSeconds(2);
            while (Instant.now().isBefore(settle) && count("select count(*) from outbox_message where status = 'PENDING'") > 0) {
                Thread.sleep(50);
            }
        }

        List<MimeMessage> messages = received(prefix);
        Map<String, Set<String>> messageIdsByRecipient = new HashMap<>();
        for (MimeMessage m : messages) {
            messageIdsByRecipient.computeIfAbsent(m.getAllRecipients()[0].toString(), k -> new HashSet<>()).add(m.getMessageID());
        }
        long duplicates = messages.size() - messageIdsByRecipient.size();
        System.out.printf("outbox crash test: queued %d, delivered %d distinct, %d messages received, %d duplicates, %d crashes%n",
                EMAILS, messageIdsByRecipient.size(), messages.size(), duplicates, crashes);

        assertEquals(EMAILS, messageIdsByRecipient.size(), "lost emails");
        assertTrue(messageIdsByRecipient.values().stream().allMatch(ids -> ids.size() == 1), "a duplicate with another Message-ID");
        assertEquals(EMAILS, messageIdsByRecipient.values().stream().map(ids -> ids.iterator().next()).distinct().count(),
                "Message-IDs are not unique per email");
        assertEquals(EMAILS, count("select count(*) from outbox_message where idempotency_key like 'crash:%' and status = 'SENT'"));
        assertTrue(duplicates <= 2L * crashes, "more duplicates than emails in flight at the crashes: " + duplicates);
    }

    @Test
    void benchmarkThroughputAndLatency() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("coachkeep.outbox.benchmark"), "run with -Dcoachkeep.outbox.benchmark=true");
        int n = Integer.getInteger("coachkeep.outbox.benchmark.emails", 2000);
        for (int workers : new int[] {1, 2}) {
            try (OwnServer server = new OwnServer("coachkeep-outbox-" + HTTP_PORT, HTTP_PORT, environment(workers))) {
                server.start();
                String prefix = "bench" + workers;
                long start = System.nanoTime();
                queue(prefix, n);
                awaitReceived(prefix, n, Duration.ofMinutes(5));
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("outbox benchmark: %d workers: %d emails in %.2f s = %.0f emails/s%n", workers, n, seconds, n / seconds);
                if (workers == 2) {
                    latency(server);
                }
            }
        }
    }

    /** Invitations through the API, one at a time: from the queuing transaction to the SMTP server's acceptance. */
    private static void latency(OwnServer server) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> minted = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/dev/token?person=owner"))
                .header("Accept", "text/plain").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, minted.statusCode(), minted.body());
        String token = minted.body().strip();
        HttpResponse<String> meResponse = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/me"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, meResponse.statusCode(), "token " + token.length() + " chars: " + meResponse.body());
        String me = meResponse.body();
        String workspace = me.replaceAll("(?s).*\"workspaceId\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1");
        int n = 200;
        OffsetDateTime from = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < n; i++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/workspaces/" + workspace
                            + "/staff/invitations")).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"latency-" + i + "@outbox.test\",\"role\":\"coach\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, r.statusCode(), r.body());
            Thread.sleep(20);
        }
        awaitReceived("latency", n, Duration.ofMinutes(1));
        try (Connection c = superuser().getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "select percentile_cont(0.5) within group (order by extract(epoch from done_at - created_at)), "
                        + "percentile_cont(0.99) within group (order by extract(epoch from done_at - created_at)), count(*) "
                        + "from outbox_message where template = 'staff-invitation' and status = 'SENT' and created_at >= '" + from + "'")) {
            r.next();
            System.out.printf("outbox benchmark: commit-to-send latency over %d invitations: median %.1f ms, p99 %.1f ms%n",
                    r.getLong(3), r.getDouble(1) * 1000, r.getDouble(2) * 1000);
        }
    }
}
