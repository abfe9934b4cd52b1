package com.coachkeep.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.infrastructure.persistence.outbox.EmailPayloads;
import com.coachkeep.infrastructure.platform.EmbeddedDatabase;
import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.testing.OwnServer;
import com.coachkeep.testing.SmtpSink;
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
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing queued is lost when a server dies, and a retry never sends a second, different email: two servers deliver
 * from one outbox (the same database); 4,000 emails are queued, one node is killed with SIGKILL while both send them,
 * then the other, both are started again, and then every one of them has reached a real SMTP server. A copy arrives
 * twice only when a node died between the SMTP server's acceptance and the commit of its batch, and then both copies
 * carry the same Message-ID; such duplicates are counted and printed.
 *
 * <p>The servers are the test's own ({@link OwnServer}) on a database of its own, so killing them disturbs no other
 * test. The second node listens on its own ports ({@code coachkeep.test.ownServer2.*}, by default the first node's
 * HTTP port + 3 and HTTPS port + 1) and shares the first node's key-encryption key and token keys. With
 * {@code -Dcoachkeep.outbox.benchmark=true} the class also measures throughput with one and two worker loops and
 * larger batches, to GreenMail and to a minimal SMTP sink ({@link SmtpSink}), and the commit-to-send latency (figures
 * printed, never asserted).
 */
class OutboxCrashIT {
    static final int EMAILS = Integer.getInteger("coachkeep.outbox.crash.emails", 4000);
    static final int HTTP_PORT = Integer.getInteger("coachkeep.test.ownServer.httpPort", 19180);
    static final int HTTPS_PORT = Integer.getInteger("coachkeep.test.ownServer.httpsPort", 19543);
    static final int HTTP_PORT_2 = Integer.getInteger("coachkeep.test.ownServer2.httpPort", HTTP_PORT + 4);
    static final int HTTPS_PORT_2 = Integer.getInteger("coachkeep.test.ownServer2.httpsPort", HTTPS_PORT + 2);
    /** The server's default batch (OutboxSettings), which the crash test runs with. */
    static final int DEFAULT_BATCH = 20;
    static final int LOOPS = 2;
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
        return environment(workers, 0, smtp.getSmtp().getPort());
    }

    /** The first node's environment; {@code batch} 0 keeps the server's default. */
    static Map<String, String> environment(int workers, int batch, int smtpPort) {
        Map<String, String> env = new HashMap<>();
        env.put("COACHKEEP_HTTP_PORT", String.valueOf(HTTP_PORT));
        env.put("COACHKEEP_HTTPS_PORT", String.valueOf(HTTPS_PORT));
        env.put("COACHKEEP_DATA_DIR", DATA.toAbsolutePath().toString());
        env.put("COACHKEEP_DB_URL", database.jdbcUrl());
        env.put("COACHKEEP_DEV_ISSUER_ISSUER", "http://localhost:" + HTTP_PORT + "/dev-issuer");
        env.put("COACHKEEP_APP_URL", "http://localhost:" + HTTP_PORT);
        env.put("COACHKEEP_MAIL_TRANSPORT", "smtp");
        env.put("COACHKEEP_MAIL_SMTP_HOST", "127.0.0.1");
        env.put("COACHKEEP_MAIL_SMTP_PORT", String.valueOf(smtpPort));
        env.put("COACHKEEP_MAIL_SMTP_STARTTLS", "off");
        env.put("COACHKEEP_OUTBOX_WORKERS", String.valueOf(workers));
        // the own database has no backup role: the backup job would only log its failure at each check
        env.put("COACHKEEP_BACKUP_ENABLED", "false");
        if (batch > 0) {
            env.put("COACHKEEP_OUTBOX_BATCH_SIZE", String.valueOf(batch));
        }
        return env;
    }

    /**
     * The second node: the same database, SMTP server and settings, its own ports and data folder, and the first
     * node's development issuer and key-encryption key (so both read what the other wrote).
     */
    static Map<String, String> secondNode(Map<String, String> first) {
        Path shared = DATA.toAbsolutePath();
        Map<String, String> env = new HashMap<>(first);
        env.put("COACHKEEP_HTTP_PORT", String.valueOf(HTTP_PORT_2));
        env.put("COACHKEEP_HTTPS_PORT", String.valueOf(HTTPS_PORT_2));
        env.put("COACHKEEP_DATA_DIR", shared.resolve("node2").toString());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", shared.resolve("dev-issuer/jwks.json").toString());
        env.put("COACHKEEP_KEK_URI", "file:" + shared.resolve("keys/kek.json"));
        env.put("COACHKEEP_BACKUP_ENABLED", "false");
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

    /**
     * Waits until at least {@code distinct} different recipients of {@code prefix} have mail. GreenMail counts arrivals
     * itself (a latch, no polling); parsing recipients is not cheap (polled, it would take a core away from the servers
     * being measured), so it is done only once the plain count has reached the mark.
     */
    static void awaitReceived(String prefix, long distinct, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        smtp.waitForIncomingEmail(timeout.toMillis(), (int) distinct);
        while (distinctRecipients(prefix) < distinct && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }

    /** Waits until GreenMail holds at least {@code count} messages (of any recipient). */
    static void awaitCount(int count, Duration timeout) {
        smtp.waitForIncomingEmail(timeout.toMillis(), count);
    }

    /** Waits until the sink holds at least {@code count} messages. */
    static void awaitCount(SmtpSink sink, int count, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (sink.count() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(1);
        }
    }

    static long count(String sql) throws Exception {
        try (Connection c = superuser().getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void twoNodesDeliverEveryQueuedEmailThroughHardCrashesOfEachAndDuplicatesShareTheirMessageId() throws Exception {
        String prefix = "crash";
        smtp.reset(); // no mail and no mailboxes of other runs
        int kills = 0;
        Map<String, String> first = environment(LOOPS);
        try (OwnServer a = new OwnServer("coachkeep-outbox-" + HTTP_PORT, HTTP_PORT, first);
                OwnServer b = new OwnServer("coachkeep-outbox-" + HTTP_PORT_2, HTTP_PORT_2, secondNode(first))) {
            startTogether(a, b);
            queue(prefix, EMAILS);

            // node A dies mid-delivery; B carries on alone, with what A held once PostgreSQL has rolled A's work back
            awaitCount(EMAILS / 4, Duration.ofMinutes(2));
            a.kill();
            kills++;
            long atFirst = smtp.getReceivedMessages().length;
            System.out.printf("outbox crash test: killed node A (kill -9) with %d of %d emails received%n", atFirst, EMAILS);
            // then B dies too, while sending
            awaitCount(EMAILS / 2, Duration.ofMinutes(2));
            long beforeSecond = smtp.getReceivedMessages().length;
            b.kill();
            kills++;
            long atSecond = smtp.getReceivedMessages().length;
            System.out.printf("outbox crash test: killed node B (kill -9) with %d of %d emails received%n", atSecond, EMAILS);
            assertTrue(atSecond < EMAILS, "everything was sent before node B was killed; nothing was interrupted");
            assertTrue(beforeSecond >= EMAILS / 2, "node B did not carry on after node A died: " + beforeSecond + " received");

            // both start again, at once, and deliver the rest
            startTogether(a, b);
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
        System.out.printf("outbox crash test (2 nodes, %d loops each, batch %d): queued %d, delivered %d distinct, %d lost, "
                        + "%d messages received, %d duplicates (same Message-ID), %d kills%n", LOOPS, DEFAULT_BATCH, EMAILS,
                messageIdsByRecipient.size(), EMAILS - messageIdsByRecipient.size(), messages.size(), duplicates, kills);

        assertEquals(EMAILS, messageIdsByRecipient.size(), "lost emails");
        assertTrue(messageIdsByRecipient.values().stream().allMatch(ids -> ids.size() == 1), "a duplicate with another Message-ID");
        assertEquals(EMAILS, messageIdsByRecipient.values().stream().map(ids -> ids.iterator().next()).distinct().count(),
                "Message-IDs are not unique per email");
        assertEquals(EMAILS, count("select count(*) from outbox_message where idempotency_key like 'crash:%' and status = 'SENT'"));
        assertTrue(duplicates <= (long) DEFAULT_BATCH * LOOPS * kills,
                "more duplicates than emails in flight (a batch per loop) at the kills: " + duplicates);
    }

    /** Starts both servers at once (each start is most of this test's time) and waits until both are ready. */
    static void startTogether(OwnServer a, OwnServer b) throws Exception {
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
            try {
                b.start();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        a.start();
        second.join();
    }

    /** One benchmark run: a fresh server with these settings, sending to GreenMail or to the minimal sink. */
    record Run(String sink, int workers, int batch, int emails) {
    }

    @Test
    void benchmarkThroughputAndLatency() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("coachkeep.outbox.benchmark"), "run with -Dcoachkeep.outbox.benchmark=true");
        int n = Integer.getInteger("coachkeep.outbox.benchmark.emails", 5000);
        int big = Integer.getInteger("coachkeep.outbox.benchmark.bigBatch", 200);
        // -Dcoachkeep.outbox.benchmark.runs=sink:2:20,greenmail:1:200 (SMTP server:loops:batch) picks other runs
        List<Run> runs = System.getProperty("coachkeep.outbox.benchmark.runs") != null
                ? java.util.Arrays.stream(System.getProperty("coachkeep.outbox.benchmark.runs").split(",")).map(String::strip)
                        .map(r -> r.split(":")).map(r -> new Run(r[0], Integer.parseInt(r[1]), Integer.parseInt(r[2]),
                                Integer.parseInt(r[2]) == 1 ? Math.min(n, 2000) : n)).toList()
                : List.of(new Run("greenmail", 1, DEFAULT_BATCH, n), new Run("greenmail", 2, DEFAULT_BATCH, n),
                        new Run("greenmail", 2, big, n), new Run("sink", 1, DEFAULT_BATCH, n), new Run("sink", 2, DEFAULT_BATCH, n),
                        new Run("sink", 2, big, n), new Run("sink", 2, 1, Math.min(n, 2000)));
        List<String> results = new ArrayList<>();
        try (SmtpSink sink = new SmtpSink()) {
            int number = 0;
            for (Run run : runs) {
                boolean greenMail = run.sink().equals("greenmail");
                if (greenMail) {
                    smtp.reset(); // no mail and no mailboxes of earlier runs (GreenMail's reads go through them all)
                }
                sink.clear();
                Map<String, String> env = environment(run.workers(), run.batch(), greenMail ? smtp.getSmtp().getPort() : sink.port());
                // idle loops look often, so that the run starts within a few milliseconds of the queuing commit
                env.put("COACHKEEP_OUTBOX_POLL_INTERVAL_MS", "20");
                try (OwnServer server = new OwnServer("coachkeep-outbox-" + HTTP_PORT, HTTP_PORT, env)) {
                    server.start();
                    java.util.function.IntSupplier received = greenMail ? () -> smtp.getReceivedMessages().length : sink::count;
                    String prefix = "bench" + (++number);
                    // -Dcoachkeep.outbox.benchmark.jfr=/tmp/outbox records each run's server with Java Flight Recorder
                    String jfr = System.getProperty("coachkeep.outbox.benchmark.jfr");
                    String pid = String.valueOf(javaPid("coachkeep-outbox-" + HTTP_PORT));
                    if (jfr != null) {
                        jcmd(pid, "JFR.start", "name=outbox", "settings=profile", "filename=" + jfr + "-" + number + ".jfr");
                    }
                    long queuing = System.nanoTime();
                    queue(prefix, run.emails());
                    long queued = System.nanoTime();
                    if (greenMail) {
                        awaitCount(1, Duration.ofMinutes(1));
                    } else {
                        awaitCount(sink, 1, Duration.ofMinutes(1));
                    }
                    long first = System.nanoTime();
                    if (greenMail) {
                        awaitCount(run.emails(), Duration.ofMinutes(5));
                    } else {
                        awaitCount(sink, run.emails(), Duration.ofMinutes(5));
                    }
                    long last = System.nanoTime();
                    if (jfr != null) {
                        jcmd(pid, "JFR.stop", "name=outbox");
                    }
                    int got = received.getAsInt();
                    double sending = (last - first) / 1e9;
                    String line = String.format(Locale.ROOT, "outbox benchmark: %-9s %d loop(s), batch %3d: %d emails, first to last "
                                    + "%.2f s = %.0f emails/s (from the queuing commit: %.2f s = %.0f emails/s; queuing took %.2f s)%s",
                            run.sink(), run.workers(), run.batch(), run.emails(), sending, (run.emails() - 1) / sending,
                            (last - queued) / 1e9, run.emails() / ((last - queued) / 1e9), (queued - queuing) / 1e9,
                            got < run.emails() ? " INCOMPLETE: " + got + " received" : "");
                    System.out.println(line);
                    results.add(line);
                    if (greenMail && run.workers() == 2 && run.batch() == DEFAULT_BATCH) {
                        latency(server);
                    }
                }
            }
        }
        System.out.println("outbox benchmark summary:");
        results.forEach(System.out::println);
    }

    /** The server's JVM: the java process whose command line names the server. */
    static long javaPid(String serverName) {
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(c -> c.contains("java") && c.contains(serverName))
                .orElse(false)).mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
    }

    static void jcmd(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("jcmd"));
        command.addAll(List.of(arguments));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
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
        int before = smtp.getReceivedMessages().length;
        OffsetDateTime from = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < n; i++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/workspaces/" + workspace
                            + "/staff/invitations")).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"latency-" + i + "@outbox.test\",\"role\":\"coach\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, r.statusCode(), r.body());
            Thread.sleep(20);
        }
        awaitCount(before + n, Duration.ofMinutes(1));
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
