package com.coachkeep.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A second node beside the build's test server: a Liberty of the tests' own ({@link OwnServer}) on the same PostgreSQL,
 * configured as a peer the way docs/operations/scaling.md asks of every node. It takes the test server's whole
 * environment (its {@code server.env}: rate limits, Stripe stub, job intervals, the public URL) and the test server's
 * data folder as a shared volume (the development issuer's keys, the key-encryption key, the file store, the mail
 * folder, the photo-link key), so a token, an encrypted field, a stored file or an email is the same whichever node
 * handled it. Like the extra nodes of a deployment it takes no backups and signs no audit checkpoints (the first node
 * does both), and it exports no telemetry (so TelemetryIT's receiver sees only the first node).
 *
 * <p>Starting a Liberty costs 40 to 60 seconds on two cores, so the node starts once per test run, at the first
 * {@link #get()}, and every two-node test class uses it; it is stopped when the test JVM exits. Its ports are the own
 * servers' ({@code coachkeep.test.ownServer.*}) plus 3 (HTTP) and plus 1 (HTTPS), documented in {@code src-test/pom.xml}:
 * the own servers of OutboxCrashIT, RestoreDrillIT and the others start and stop while it runs.
 */
public final class SecondNode {
    public static final int HTTP_PORT = Integer.getInteger("coachkeep.test.ownServer.httpPort", 19180) + 3;
    public static final int HTTPS_PORT = Integer.getInteger("coachkeep.test.ownServer.httpsPort", 19543) + 1;
    /** The server's name, which its JVM's command line carries. */
    public static final String NAME = "coachkeep-node2-" + HTTP_PORT;
    /** Settings of the test server that the second node does not take (Liberty's own or the first node's alone). */
    private static final java.util.Set<String> NOT_SHARED = java.util.Set.of("keystore_password");

    private static OwnServer server;
    private static RuntimeException failure;
    private static Duration startTime;

    private SecondNode() {
    }

    /** The running second node, started at the first call of the run; a start that failed fails every later call too. */
    public static synchronized OwnServer get() {
        if (server != null) {
            return server;
        }
        if (failure != null) {
            throw failure;
        }
        TestServer.awaitReady();
        long t0 = System.nanoTime();
        try {
            OwnServer s = new OwnServer(NAME, HTTP_PORT, environment());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    s.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "second-node-stop"));
            s.start();
            server = s;
            startTime = Duration.ofNanos(System.nanoTime() - t0);
            System.out.printf("second node: %s started in %.1f s%n", s.baseUrl(), startTime.toMillis() / 1000.0);
            return s;
        } catch (Exception e) {
            failure = new IllegalStateException("the second node did not start", e);
            throw failure;
        }
    }

    public static String baseUrl() {
        return get().baseUrl();
    }

    /** A request to the second node with the given bearer token. */
    public static RequestSpecification as(String token) {
        return RestAssured.given().baseUri(baseUrl()).urlEncodingEnabled(true).header("Authorization", "Bearer " + token);
    }

    /** The second node's JVM (the java process whose command line names it), or -1 when it cannot be found. */
    public static long pid() {
        get();
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(c -> c.contains("java") && c.contains(NAME)).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
    }

    /** The CPU time the second node's JVM has used so far (zero when it cannot be read). */
    public static Duration cpuTime() {
        long pid = pid();
        return pid < 0 ? Duration.ZERO : ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
    }

    static Map<String, String> environment() throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        Path serverEnv = OwnServer.IT_SERVER.resolve("server.env");
        for (String line : Files.readAllLines(serverEnv)) {
            int eq = line.indexOf('=');
            if (line.isBlank() || line.startsWith("#") || eq < 1 || NOT_SHARED.contains(line.substring(0, eq).trim())) {
                continue;
            }
            env.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
        env.put("COACHKEEP_HTTP_PORT", String.valueOf(HTTP_PORT));
        env.put("COACHKEEP_HTTPS_PORT", String.valueOf(HTTPS_PORT));
        env.put("COACHKEEP_DB_URL", TestServer.DB_URL);
        // the shared volume: issuer keys, key-encryption key, files, mail folder and photo-link key come from it
        env.put("COACHKEEP_DATA_DIR", TestServer.DATA_DIR.toAbsolutePath().toString());
        env.put("COACHKEEP_DEV_ISSUER_ISSUER", TestServer.ISSUER);
        env.put("COACHKEEP_BACKUP_ENABLED", "false");
        env.put("COACHKEEP_AUDIT_CHECKPOINT_INTERVAL_SECONDS", "0");
        env.put("OTEL_SDK_DISABLED", "true");
        return env;
    }
}
