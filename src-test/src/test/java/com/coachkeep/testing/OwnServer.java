package com.coachkeep.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Liberty server of the test's own, beside the build's test server: the same runtime, {@code server.xml} and WAR,
 * under another name and other ports, configured through its environment. The test can start it, kill it hard
 * ({@code SIGKILL}, nothing runs on the way down) and start it again. Used by the outbox's crash test and the restore
 * drill.
 */
public final class OwnServer implements AutoCloseable {
    public static final Path WLP = Path.of(System.getProperty("coachkeep.test.wlpDir", "target/liberty/wlp"));
    public static final Path IT_SERVER = Path.of(System.getProperty("coachkeep.test.itServerDir", "target/liberty/wlp/usr/servers/coachkeep"));
    public static final Path SERVER_XML = Path.of(System.getProperty("coachkeep.test.serverXml", "../liberty/src/main/liberty/config/server.xml"));

    private final String name;
    private final int httpPort;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    public OwnServer(String name, int httpPort, Map<String, String> environment) throws IOException {
        this.name = name;
        this.httpPort = httpPort;
        this.environment = environment;
        Path dir = WLP.resolve("usr/servers").resolve(name);
        Files.createDirectories(dir.resolve("apps"));
        Files.createDirectories(dir.resolve("jdbc"));
        Files.copy(SERVER_XML, dir.resolve("server.xml"), StandardCopyOption.REPLACE_EXISTING);
        // server.xml includes the console's sign-in configuration of its provider (console-<provider>.xml).
        try (var siblings = Files.list(SERVER_XML.getParent())) {
            for (Path include : siblings.filter(p -> p.getFileName().toString().startsWith("console-")).toList()) {
                Files.copy(include, dir.resolve(include.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path jvmOptions = SERVER_XML.resolveSibling("jvm.options");
        if (Files.exists(jvmOptions)) {
            Files.copy(jvmOptions, dir.resolve("jvm.options"), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.copy(IT_SERVER.resolve("apps/coachkeep.war"), dir.resolve("apps/coachkeep.war"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(IT_SERVER.resolve("jdbc/postgresql.jar"), dir.resolve("jdbc/postgresql.jar"), StandardCopyOption.REPLACE_EXISTING);
        // The keystore Liberty generates at the first start is locked with this password: a later server of the same
        // name must use the same one, or TLS and token verification fail.
        Path serverEnv = dir.resolve("server.env");
        if (!Files.exists(serverEnv)) {
            byte[] secret = new byte[16];
            new java.security.SecureRandom().nextBytes(secret);
            Files.writeString(serverEnv, "keystore_password=" + HexFormat.of().formatHex(secret) + "\n");
        }
        this.log = dir.resolve("console.log");
    }

    /** The server's log (its console output), for figures the server reports. */
    public Path log() {
        return log;
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** Starts the server and waits until it is ready (schema migrated, application started). */
    public void start() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(WLP.resolve("bin/server").toString(), "run", name)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(environment);
        process = pb.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(Integer.getInteger("coachkeep.test.readyMinutes", 3)));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server " + name + " exited; see " + log);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("server " + name + " not ready in time (-Dcoachkeep.test.readyMinutes); see " + log);
    }

    /**
     * Starts the server expecting it to refuse to start: waits until its process ends and answers its exit status, or
     * fails when it is still running (or became ready) after the wait.
     */
    public int startExpectingRefusal(Duration wait) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(WLP.resolve("bin/server").toString(), "run", name)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(environment);
        process = pb.start();
        if (!process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new IllegalStateException("server " + name + " still running after " + wait + "; it was expected to refuse to start; see "
                    + log);
        }
        int status = process.exitValue();
        process = null;
        return status;
    }

    /** kill -9: the JVM gets no chance to finish anything. */
    public void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        ProcessHandle root = process.toHandle();
        root.descendants().forEach(ProcessHandle::destroyForcibly);
        root.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        root.descendants().forEach(p -> p.onExit().join());
        process = null;
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
