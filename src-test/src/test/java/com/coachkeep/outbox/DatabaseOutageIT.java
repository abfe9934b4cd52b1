package com.coachkeep.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.infrastructure.platform.EmbeddedDatabase;
import com.coachkeep.testing.OwnServer;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A database outage is answered, not waited out. Under a mixed load of reads (one client) and writes (coach notes
 * with an {@code Idempotency-Key}), the database stops at once (PostgreSQL's immediate shutdown, as in a crash) for
 * {@value #OUTAGE_SECONDS} seconds and is started again:
 * <ul>
 * <li>while it is away, every request is answered {@code 503} with {@code Retry-After} as a problem document, none
 * waits past the driver's bound ({@link #ANSWER_BOUND}), none is a 500, and readiness reports DOWN;</li>
 * <li>once it is back, the API serves reads and writes again within {@link #RECOVERY_BOUND};</li>
 * <li>every write is then sent again with its key (as a client does after a 503 or a timeout): each acknowledged
 * write is replayed, not applied again, and the database holds exactly one note per key: none lost, none doubled.</li>
 * </ul>
 * The server is one of the test's own ({@link OwnServer}) on a database of its own, so stopping it disturbs no other
 * test. Figures (answers, longest answer, recovery time) are printed.
 */
@Tag("promise:P-AVL-1")
class DatabaseOutageIT {
    static final int OUTAGE_SECONDS = Integer.getInteger("coachkeep.test.outageSeconds", 12);
    /** The driver's connect and log-in bound is 2 s (server.xml); the rest is scheduling on a busy 2-core machine. */
    static final Duration ANSWER_BOUND = Duration.ofMillis(3000);
    static final Duration RECOVERY_BOUND = Duration.ofSeconds(5);
    static final int HTTP_PORT = Integer.getInteger("coachkeep.test.ownServer.httpPort", 19180);
    static final int HTTPS_PORT = Integer.getInteger("coachkeep.test.ownServer.httpsPort", 19543);
    static final int DB_PORT = Integer.getInteger("coachkeep.test.ownServer.dbPort", 25532);
    static final Path DATA = Path.of(System.getProperty("coachkeep.test.outage.dataDir", "target/outage-it-data")).toAbsolutePath();
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    static EmbeddedDatabase.Running database;

    @AfterAll
    static void stopDatabase() {
        if (database != null) {
            database.close();
        }
    }

    /** One request's outcome, as the load saw it. */
    record Outcome(String kind, String key, long startNanos, long endNanos, int status, String retryAfter, String contentType,
            String createdId) {
        Duration took() {
            return Duration.ofNanos(endNanos - startNanos);
        }
    }

    @Test
    void whileTheDatabaseIsAwayEveryRequestIsAnswered503AndAfterItsReturnNoWriteIsLostOrAppliedTwice() throws Exception {
        deleteRecursively(DATA);
        // the test server's development issuer signs the tokens; this server trusts the same key
        Files.createDirectories(DATA.resolve("dev-issuer"));
        try (var issuer = Files.list(TestServer.DATA_DIR.resolve("dev-issuer"))) {
            for (Path p : issuer.toList()) {
                Files.copy(p, DATA.resolve("dev-issuer").resolve(p.getFileName()));
            }
        }
        database = new EmbeddedDatabase().start(DATA.resolve("postgres"), DB_PORT);
        // HTTP/1.1: the default (HTTP/2) upgrades plain connections with h2c, whose multiplexed streams are not what a load test means
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        try (OwnServer server = new OwnServer("coachkeep-outage-" + HTTP_PORT, HTTP_PORT, environment())) {
            server.start();
            String token = Tokens.valid(Tokens.Person.fresh("owner"));
            String workspace = created(http, server, token, "/api/v1/workspaces",
                    "{\"name\":\"Outage Gym\",\"timezone\":\"Europe/Berlin\",\"currency\":\"EUR\",\"locale\":\"en\"}");
            String client = created(http, server, token, "/api/v1/workspaces/" + workspace + "/clients",
                    "{\"displayName\":\"Robin Outage\",\"email\":\"robin-" + UUID.randomUUID() + "@outage.test\"}");
            String clientPath = "/api/v1/workspaces/" + workspace + "/clients/" + client;

            Load load = new Load(http, server.baseUrl(), token, clientPath, 4);
            load.start();
            load.awaitSuccesses(40);

            long stopping = System.nanoTime();
            stopAtOnce(database);
            database = null;
            long stopped = System.nanoTime();
            boolean readinessDown = false;
            long outageEnds = stopped + Duration.ofSeconds(OUTAGE_SECONDS).toNanos();
            while (System.nanoTime() < outageEnds) {
                // the outage lasts its fixed time under load; meanwhile readiness is asked as an orchestrator would
                HttpResponse<String> ready = send(http, HttpRequest.newBuilder(URI.create(server.baseUrl() + "/health/ready")).GET());
                readinessDown |= ready != null && ready.statusCode() == 503 && ready.body().contains("DOWN");
                Thread.sleep(500);
            }
            long restarting = System.nanoTime(); // from here the database may answer again (start-up, then provisioning)
            database = new EmbeddedDatabase().start(DATA.resolve("postgres"), DB_PORT);
            long back = System.nanoTime();
            long recovered = load.awaitReadAndWriteStartedAfter(back, Duration.ofSeconds(60));
            load.stop();

            List<Outcome> all = new ArrayList<>(load.outcomes);
            // requests that began once the database was gone (those in flight at the stop may have committed) and
            // ended before its start began
            List<Outcome> duringOutage = all.stream().filter(o -> o.startNanos() > stopped && o.endNanos() < restarting).toList();
            Map<Integer, Integer> statuses = new HashMap<>();
            duringOutage.forEach(o -> statuses.merge(o.status(), 1, Integer::sum));
            Duration longest = duringOutage.stream().map(Outcome::took).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
            Duration recovery = Duration.ofNanos(recovered - back);
            long answeredAfterStop = all.stream().filter(o -> o.startNanos() > stopping).count();

            // every write again, with its key: replayed when it was acknowledged, run once when it was not
            Map<String, String> acknowledged = new LinkedHashMap<>();
            Set<String> keys = new HashSet<>();
            for (Outcome o : all) {
                if (o.kind().equals("write")) {
                    keys.add(o.key());
                    if (o.status() == 201) {
                        acknowledged.put(o.key(), o.createdId());
                    }
                }
            }
            int replayedAcknowledged = 0;
            int ranOnRetry = 0;
            for (String key : keys) {
                HttpResponse<String> again = send(http, load.write(key));
                assertNotNull(again, "the retry of " + key + " was not answered");
                assertEquals(201, again.statusCode(), "the retry of " + key + ": " + again.body());
                String createdId = idIn(again.body());
                boolean replayed = again.headers().firstValue("Idempotent-Replayed").map("true"::equals).orElse(false);
                if (acknowledged.containsKey(key)) {
                    assertTrue(replayed, "an acknowledged write ran again on its retry: " + key);
                    assertEquals(acknowledged.get(key), createdId, "the retry of an acknowledged write names another note");
                    replayedAcknowledged++;
                } else if (!replayed) {
                    ranOnRetry++;
                }
            }
            List<String> stored = noteIds(client);
            Set<String> acknowledgedIds = new HashSet<>(acknowledged.values());
            assertTrue(acknowledgedIds.stream().noneMatch(java.util.Objects::isNull), "an acknowledged write named no note");

            System.out.printf("database outage: %d s under load; %d requests answered while it was away, by status %s, the longest in "
                    + "%d ms; readiness DOWN seen: %s; serving again %d ms after its return; %d writes (%d acknowledged, replayed on "
                    + "retry; %d ran on retry), %d notes stored%n", OUTAGE_SECONDS, duringOutage.size(), statuses, longest.toMillis(),
                    readinessDown, recovery.toMillis(), keys.size(), replayedAcknowledged, ranOnRetry, stored.size());

            assertTrue(duringOutage.size() >= 20, "too few requests were made while the database was away: " + duringOutage.size()
                    + " of " + answeredAfterStop);
            for (Outcome o : duringOutage) {
                assertEquals(503, o.status(), "answered while the database was away: " + o);
                assertNotNull(o.retryAfter(), "503 without Retry-After: " + o);
                assertTrue(o.contentType() != null && o.contentType().startsWith("application/problem+json"), "not a problem: " + o);
            }
            assertTrue(longest.compareTo(ANSWER_BOUND) <= 0, "a request waited " + longest.toMillis() + " ms for an answer");
            assertTrue(readinessDown, "readiness never reported DOWN while the database was away");
            assertTrue(recovery.compareTo(RECOVERY_BOUND) <= 0, "serving again only " + recovery.toMillis() + " ms after the return");
            assertEquals(keys.size(), stored.size(), "one note per key: a write was lost or applied twice");
            assertEquals(stored.size(), new HashSet<>(stored).size());
            assertTrue(new HashSet<>(stored).containsAll(acknowledgedIds), "an acknowledged write is missing");
        }
    }

    private static Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("COACHKEEP_HTTP_PORT", String.valueOf(HTTP_PORT));
        env.put("COACHKEEP_HTTPS_PORT", String.valueOf(HTTPS_PORT));
        env.put("COACHKEEP_DATA_DIR", DATA.toString());
        env.put("COACHKEEP_DB_URL", database.jdbcUrl());
        env.put("COACHKEEP_DEV_ISSUER_ISSUER", TestServer.ISSUER);
        env.put("COACHKEEP_APP_URL", "http://localhost:" + HTTP_PORT);
        env.put("COACHKEEP_BACKUP_ENABLED", "false");
        // one person makes every request here; the per-person limit is not what this test is about
        env.put("COACHKEEP_RATELIMIT_PERSON_LIMIT", "1000000");
        return env;
    }

    private static String created(HttpClient http, OwnServer server, String token, String path, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
        String id = idIn(r.body());
        assertNotNull(id, r.body());
        return id;
    }

    static String idIn(String body) {
        Matcher m = ID.matcher(body == null ? "" : body);
        return m.find() ? m.group(1) : null;
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static List<String> noteIds(String client) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = database.dataSource("postgres").getConnection();
                PreparedStatement s = c.prepareStatement("select id::text from coach_note where client_id = ?::uuid")) {
            s.setString(1, client);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        return ids;
    }

    /** What the database's sessions are doing (waits, locks), for a failure's message. */
    static String sessions() {
        if (database == null) {
            return "(database stopped)";
        }
        StringBuilder b = new StringBuilder();
        try (Connection c = database.dataSource("postgres").getConnection();
                PreparedStatement s = c.prepareStatement("select application_name, state, wait_event_type, wait_event, "
                        + "extract(epoch from now() - xact_start)::int, left(query, 100) from pg_stat_activity where datname = 'coachkeep'");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                b.append("\n  ").append(r.getString(1)).append(" | ").append(r.getString(2)).append(" | ").append(r.getString(3))
                        .append(' ').append(r.getString(4)).append(" | tx ").append(r.getString(5)).append(" s | ").append(r.getString(6));
            }
        } catch (Exception e) {
            b.append(e);
        }
        return b.toString();
    }

    /**
     * The database goes away as in a crash or a lost host: PostgreSQL's immediate shutdown (SIGQUIT to the postmaster,
     * which ends every session at once). A polite stop lets open sessions finish, so pooled connections would keep
     * answering for a while. Returns once the port refuses connections.
     */
    static void stopAtOnce(EmbeddedDatabase.Running running) throws Exception {
        String pid = Files.readAllLines(running.dataDirectory().resolve("postmaster.pid")).get(0).trim();
        Process kill = new ProcessBuilder("kill", "-QUIT", pid).redirectErrorStream(true).start();
        assertEquals(0, kill.waitFor(), new String(kill.getInputStream().readAllBytes()));
        awaitRefused(running.port());
        try {
            running.close(); // releases the handle; the server is already gone
        } catch (RuntimeException alreadyStopped) {
            // pg_ctl reports that no server runs
        }
    }

    /** Waits until nothing accepts connections on the port any more: the database is gone. */
    static void awaitRefused(int port) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (java.net.Socket s = new java.net.Socket()) {
                s.connect(new java.net.InetSocketAddress("127.0.0.1", port), 200);
            } catch (IOException refused) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the database still accepts connections on port " + port + " 30 s after it was stopped");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Threads that each alternate a read of the client and a note written with a fresh Idempotency-Key. */
    static final class Load {
        final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        private final HttpClient http;
        private final String baseUrl;
        private final String token;
        private final String clientPath;
        private final int threads;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger sequence = new AtomicInteger();
        private final List<Thread> workers = new ArrayList<>();

        Load(HttpClient http, String baseUrl, String token, String clientPath, int threads) {
            this.http = http;
            this.baseUrl = baseUrl;
            this.token = token;
            this.clientPath = clientPath;
            this.threads = threads;
        }

        HttpRequest.Builder read() {
            return HttpRequest.newBuilder(URI.create(baseUrl + clientPath)).header("Authorization", "Bearer " + token).GET();
        }

        HttpRequest.Builder write(String key) {
            return HttpRequest.newBuilder(URI.create(baseUrl + clientPath + "/notes")).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"Session notes " + key + ": kept the tempo on squats.\"}"));
        }

        void start() {
            for (int t = 0; t < threads; t++) {
                Thread worker = new Thread(this::run, "outage-load-" + t);
                worker.setDaemon(true);
                workers.add(worker);
                worker.start();
            }
        }

        private void run() {
            boolean writeNext = false;
            while (running.get()) {
                String key = writeNext ? "outage-" + sequence.incrementAndGet() : null;
                HttpRequest.Builder request = writeNext ? write(key) : read();
                long start = System.nanoTime();
                int status;
                String retryAfter = null;
                String contentType = null;
                String createdId = null;
                try {
                    HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
                    status = r.statusCode();
                    retryAfter = r.headers().firstValue("Retry-After").orElse(null);
                    contentType = r.headers().firstValue("Content-Type").orElse(null);
                    createdId = r.statusCode() == 201 ? idIn(r.body()) : null;
                } catch (HttpTimeoutException e) {
                    status = -1;
                } catch (IOException e) {
                    status = -2;
                } catch (InterruptedException e) {
                    return;
                }
                outcomes.add(new Outcome(writeNext ? "write" : "read", key, start, System.nanoTime(), status, retryAfter, contentType,
                        createdId));
                writeNext = !writeNext;
            }
        }

        void awaitSuccesses(int each) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                long reads = outcomes.stream().filter(o -> o.kind().equals("read") && o.status() == 200).count();
                long writes = outcomes.stream().filter(o -> o.kind().equals("write") && o.status() == 201).count();
                if (reads >= each && writes >= each) {
                    return;
                }
                Thread.sleep(50);
            }
            throw new AssertionError("the load did not get going: " + describe() + "; database sessions: " + sessions());
        }

        /** Per kind and status: how many, and the longest in ms. */
        String describe() {
            Map<String, long[]> byKindAndStatus = new java.util.TreeMap<>();
            for (Outcome o : outcomes) {
                long[] c = byKindAndStatus.computeIfAbsent(o.kind() + " " + o.status(), k -> new long[2]);
                c[0]++;
                c[1] = Math.max(c[1], o.took().toMillis());
            }
            StringBuilder b = new StringBuilder();
            byKindAndStatus.forEach((k, c) -> b.append(k).append(": ").append(c[0]).append(" (longest ").append(c[1]).append(" ms) "));
            return b.toString().trim();
        }

        /** When both a read and a write that started after {@code nanos} have succeeded: the later of their ends. */
        long awaitReadAndWriteStartedAfter(long nanos, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                Long read = firstEnd("read", 200, nanos);
                Long write = firstEnd("write", 201, nanos);
                if (read != null && write != null) {
                    return Math.max(read, write);
                }
                Thread.sleep(20);
            }
            throw new AssertionError("not serving again " + timeout.toSeconds() + " s after the database's return");
        }

        private Long firstEnd(String kind, int status, long after) {
            return outcomes.stream().filter(o -> o.kind().equals(kind) && o.status() == status && o.startNanos() > after)
                    .map(Outcome::endNanos).min(Comparator.naturalOrder()).orElse(null);
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread w : workers) {
                w.join(Duration.ofSeconds(20).toMillis());
            }
        }
    }
}
