package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.infrastructure.platform.EmbeddedDatabase;
import com.coachkeep.infrastructure.ratelimit.BucketStore;
import com.coachkeep.infrastructure.ratelimit.RateLimit;
import com.coachkeep.testing.OwnServer;
import com.coachkeep.infrastructure.ratelimit.RedisServer;
import com.coachkeep.testing.Tokens;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A server started in production mode, configured as an operator would configure one: its own PostgreSQL (the three
 * roles), an identity provider that is not the development issuer (a key pair made here, its public keys in a JWKS
 * file, tokens signed here), a local key-encryption key named explicitly, the console's sign-in by endpoints, HTTPS on
 * every interface and plain HTTP on loopback only, a trusted TLS-terminating proxy (127.0.0.2), and the rate limits in
 * Redis (a {@code redis-server} process of the test's own; Debian's {@code redis-server} package, which
 * {@code .ci/run} installs: without it the test fails and says so).
 *
 * <p><b>"Beyond loopback" on one machine.</b> The test runs on the server's machine, so every request it sends could
 * come from loopback. The honest equivalents used here: (1) this machine's own non-loopback address (the first
 * up, non-virtual IPv4 interface, as {@code hostname -I} lists it): a connection to it reaches only what listens beyond
 * loopback, and its peer address is that interface's, not a loopback one; plain HTTP there finds nothing listening,
 * HTTPS there answers with HSTS; (2) a server started in production mode with plain HTTP bound to that address refuses
 * to start, exits with a non-zero status and names the setting; (3) the only way a plain HTTP request from beyond this
 * machine can still reach the running server is through a proxy on this machine: such relayed requests (sent from
 * other loopback addresses with {@code X-Forwarded-*} headers, as a proxy sends them) are redirected to the HTTPS
 * address or refused, whether the relay is not trusted or is trusted and says its client used plain HTTP.
 *
 * <p>The rate limits of this server live in Redis: the test, acting as a second node with the same adapter
 * ({@link BucketStore#redis}), takes part of a person's budget, and the server refuses that person once the rest is
 * used (429 with {@code Retry-After} and the {@code RateLimit} fields), raises an abuse flag with its audit entry, and
 * writes no bucket to PostgreSQL. The server's log shows Lettuce and its Netty loading inside Liberty.
 */
class ProductionServerIT {
    static final int HTTP_PORT = Integer.getInteger("coachkeep.test.ownServer.httpPort", 19180);
    static final int HTTPS_PORT = Integer.getInteger("coachkeep.test.ownServer.httpsPort", 19543);
    static final int DB_PORT = Integer.getInteger("coachkeep.test.ownServer.dbPort", 25532);
    static final Path DATA = Path.of(System.getProperty("coachkeep.test.production.dataDir", "target/production-it-data")).toAbsolutePath();
    static final String ISSUER = "https://id.production-it.coachkeep.example/realms/coachkeep";
    static final String TRUSTED_PROXY = "127.0.0.2";
    static final String UNTRUSTED_RELAY = "127.0.0.3";
    static final String HSTS = "max-age=31536000; includeSubDomains";
    static final int INVITATION_LIMIT = 6;
    static final String PLATFORM = "00000000-0000-0000-0000-000000000000";

    static String address;
    static EmbeddedDatabase.Running database;
    static RedisServer redis;
    static RSAKey provider;
    static OwnServer server;
    static SSLContext trusting;

    @BeforeAll
    static void productionServer() throws Exception {
        address = nonLoopbackAddress();
        if (Files.exists(DATA)) {
            try (var files = Files.walk(DATA)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(DATA.resolve("idp"));
        database = new EmbeddedDatabase().start(DATA.resolve("postgres"), DB_PORT);
        redis = RedisServer.start(DATA.resolve("redis"));
        provider = new RSAKeyGenerator(2048).keyID("production-it").generate();
        Files.writeString(DATA.resolve("idp/jwks.json"), new JWKSet(provider.toPublicJWK()).toString());
        String name = "coachkeep-production-" + HTTP_PORT;
        server = new OwnServer(name, HTTP_PORT, production("127.0.0.1", HTTP_PORT, HTTPS_PORT));
        server.start();
        trusting = trustingTheServersCertificate(OwnServer.WLP.resolve("usr/servers").resolve(name));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (redis != null) {
            redis.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** The environment of a production deployment on this machine, with plain HTTP on {@code httpHost}. */
    static Map<String, String> production(String httpHost, int httpPort, int httpsPort) {
        Map<String, String> env = new HashMap<>();
        env.put("COACHKEEP_MODE", "production");
        env.put("COACHKEEP_HTTP_HOST", httpHost);
        env.put("COACHKEEP_HTTP_PORT", String.valueOf(httpPort));
        env.put("COACHKEEP_HTTPS_HOST", "*");
        env.put("COACHKEEP_HTTPS_PORT", String.valueOf(httpsPort));
        env.put("COACHKEEP_HTTP_TRUSTED_PROXIES", TRUSTED_PROXY);
        env.put("COACHKEEP_API_URL", "https://" + address + ":" + httpsPort);
        env.put("COACHKEEP_APP_URL", "https://" + address + ":" + httpsPort);
        env.put("COACHKEEP_DATA_DIR", DATA.resolve("server").toString());
        env.put("COACHKEEP_DB_URL", database.jdbcUrl());
        env.put("MP_JWT_VERIFY_ISSUER", ISSUER);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", DATA.resolve("idp/jwks.json").toString());
        env.put("COACHKEEP_KEK_URI", "file:" + DATA.resolve("keys/kek.json"));
        env.put("COACHKEEP_CONSOLE_PROVIDER", "endpoints");
        env.put("COACHKEEP_CONSOLE_OIDC_ISSUER", ISSUER);
        env.put("COACHKEEP_CONSOLE_OIDC_CLIENT_SECRET", "production-it-" + UUID.randomUUID());
        env.put("COACHKEEP_MAIL_TRANSPORT", "file");
        // backups are the restore drill's; this deployment's database has no backup role
        env.put("COACHKEEP_BACKUP_ENABLED", "false");
        env.put("COACHKEEP_RATELIMIT_BACKEND", "redis");
        env.put("COACHKEEP_RATELIMIT_REDIS_URL", redis.url());
        env.put("COACHKEEP_RATELIMIT_INVITATION_ACCEPT_LIMIT", String.valueOf(INVITATION_LIMIT));
        return env;
    }

    // ---------------------------------------------------------------- P-ENC-1

    @Test
    @Tag("promise:P-ENC-1")
    void beyondLoopbackPlainHttpFindsNothingListeningAndHttpsAnswersWithHsts() throws Exception {
        assertThrows(ConnectException.class, () -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(address, HTTP_PORT), 10_000);
            }
        }, "plain HTTP on " + address + ":" + HTTP_PORT + " (beyond loopback) is not served");

        for (String path : List.of("/api/v1/status", "/health/ready", "/no-such-page")) {
            Answer r = overHttps(address, path);
            assertTrue(r.status() < 500, path + ": " + r.status());
            assertEquals(List.of(HSTS), r.header("strict-transport-security"), path + " over HTTPS on " + address);
            assertEquals(List.of("nosniff"), r.header("x-content-type-options"), path);
        }
        assertEquals(200, overHttps(address, "/api/v1/status").status());
    }

    @Test
    @Tag("promise:P-ENC-1")
    void plainHttpRelayedFromBeyondThisMachineIsRedirectedToHttpsOrRefused() throws Exception {
        String https = "https://" + address + ":" + HTTPS_PORT;
        String token = token("relayed-" + UUID.randomUUID());

        // a relay that is not trusted: its claim of HTTPS counts for nothing
        Answer untrusted = plain(UNTRUSTED_RELAY, "GET", "/api/v1/status?probe=1", "X-Forwarded-For: 203.0.113.9",
                "X-Forwarded-Proto: https");
        assertEquals(308, untrusted.status(), untrusted.toString());
        assertEquals(List.of(https + "/api/v1/status?probe=1"), untrusted.header("location"));
        assertTrue(untrusted.header("strict-transport-security").isEmpty(), "no HSTS over plain HTTP: " + untrusted);

        // a signed-in call relayed over plain HTTP is never served, whatever the method
        Answer me = plain(UNTRUSTED_RELAY, "GET", "/api/v1/me", "X-Forwarded-For: 203.0.113.9", "Authorization: Bearer " + token);
        assertEquals(308, me.status(), me.toString());
        String json = "{\"name\":\"Relay\"}";
        Answer post = plain(UNTRUSTED_RELAY, "POST", "/api/v1/workspaces", "X-Forwarded-For: 203.0.113.9",
                "Authorization: Bearer " + token, "Content-Type: application/json", "Content-Length: " + json.length(), "", json);
        assertEquals(403, post.status(), post.toString());
        assertEquals(List.of("application/problem+json"), post.header("content-type").stream().map(v -> v.split(";")[0]).toList());
        assertTrue(post.body().contains("https://coachkeep.app/problems/https-required"), post.body());

        // the trusted proxy, whose client used plain HTTP
        Answer plainClient = plain(TRUSTED_PROXY, "GET", "/api/v1/status", "X-Forwarded-For: 203.0.113.9", "X-Forwarded-Proto: http");
        assertEquals(308, plainClient.status(), plainClient.toString());
        assertEquals(List.of(https + "/api/v1/status"), plainClient.header("location"));

        // the trusted proxy, whose client used HTTPS: served, with HSTS
        Answer terminated = plain(TRUSTED_PROXY, "GET", "/api/v1/status", "X-Forwarded-For: 203.0.113.9", "X-Forwarded-Proto: https");
        assertEquals(200, terminated.status(), terminated.toString());
        assertEquals(List.of(HSTS), terminated.header("strict-transport-security"));

        // a caller on this machine itself (a probe, a tool beside the server), relaying nobody: served, without HSTS
        Answer local = plain("127.0.0.1", "GET", "/api/v1/status");
        assertEquals(200, local.status(), local.toString());
        assertTrue(local.header("strict-transport-security").isEmpty());
    }

    @Test
    @Tag("promise:P-ENC-1")
    void productionRefusesToStartWithPlainHttpBoundBeyondLoopback() throws Exception {
        int httpPort;
        int httpsPort;
        try (ServerSocket a = new ServerSocket(0); ServerSocket b = new ServerSocket(0)) {
            httpPort = a.getLocalPort();
            httpsPort = b.getLocalPort();
        }
        Map<String, String> exposed = production(address, httpPort, httpsPort);
        exposed.put("COACHKEEP_HTTPS_HOST", "127.0.0.1");
        exposed.put("COACHKEEP_DATA_DIR", DATA.resolve("exposed").toString());
        OwnServer refused = new OwnServer("coachkeep-production-exposed-" + HTTP_PORT, httpPort, exposed);
        Files.deleteIfExists(refused.log());
        int status = refused.startExpectingRefusal(Duration.ofMinutes(Integer.getInteger("coachkeep.test.readyMinutes", 3)));
        String log = Files.readString(refused.log());
        assertNotEquals(0, status, "the server exits with a failure status: " + log.lines().filter(l -> l.contains("Coachkeep")).toList());
        assertTrue(log.contains("Coachkeep refuses to start"), "the refusal is logged");
        assertTrue(log.contains("Plain HTTP is exposed beyond this machine (coachkeep.http.host=" + address), "it names the setting");
        assertFalse(log.contains("Coachkeep platform ready"), "it never became ready");
    }

    // ---------------------------------------------------------------- P-LOG-1

    @Test
    @Tag("promise:P-LOG-1")
    void rateLimitsInRedisAreSharedWithAnotherNodeAnswer429AndRaiseAnAbuseFlag() throws Exception {
        String subject = "redis-guesser-" + UUID.randomUUID();
        String token = token(subject);
        Answer me = plain("127.0.0.1", "GET", "/api/v1/me", "Authorization: Bearer " + token);
        assertEquals(200, me.status(), me.toString());
        String personId = field(me.body(), "id");
        assertFalse(me.header("ratelimit-policy").isEmpty(), "every answer names its tightest limit: " + me);

        // another node, counting in the same Redis with the same limit, takes half of the person's budget
        RateLimit.Rule rule = new RateLimit.Rule(RateLimit.INVITATION_ACCEPT, INVITATION_LIMIT, Duration.ofHours(1));
        String bucketSubject = ISSUER + " " + subject;
        try (BucketStore otherNode = BucketStore.redis(redis.url(), Duration.ofSeconds(2))) {
            for (int i = 0; i < INVITATION_LIMIT / 2; i++) {
                assertTrue(otherNode.take(rule, bucketSubject).allowed());
            }
            // this server has the other half
            for (int i = 0; i < INVITATION_LIMIT - INVITATION_LIMIT / 2; i++) {
                Answer guess = plain("127.0.0.1", "POST", "/api/v1/invitations/" + UUID.randomUUID() + "/accept",
                        "Authorization: Bearer " + token, "Content-Length: 0");
                assertTrue(guess.status() >= 400 && guess.status() < 500 && guess.status() != 429, "guess " + (i + 1) + ": " + guess);
            }
            Answer refused = plain("127.0.0.1", "POST", "/api/v1/invitations/" + UUID.randomUUID() + "/accept",
                    "Authorization: Bearer " + token, "Content-Length: 0");
            assertEquals(429, refused.status(), "the server counted what the other node took: " + refused);
            assertEquals(List.of("application/problem+json"), refused.header("content-type").stream().map(v -> v.split(";")[0]).toList());
            assertTrue(refused.body().contains("too-many-requests"), refused.body());
            long retryAfter = Long.parseLong(refused.header("retry-after").get(0));
            assertTrue(retryAfter >= 1 && retryAfter <= 3600, "Retry-After " + retryAfter);
            assertEquals(List.of("\"invitation-accept\";q=" + INVITATION_LIMIT + ";w=3600"), refused.header("ratelimit-policy"));
            assertTrue(refused.header("ratelimit").get(0).startsWith("\"invitation-accept\";r=0;t="), refused.header("ratelimit").toString());

            assertFalse(otherNode.take(rule, bucketSubject).allowed(), "the other node sees the server's requests too");
        }

        // the abuse flag, raised once, with its entry in the platform's audit trail that names no subject
        try (Connection c = database.dataSource(EmbeddedDatabase.APP_ROLE).getConnection()) {
            List<String> flags = strings(c, "select id::text from abuse_flag where limit_name = 'invitation-accept' and subject_kind = 'PERSON' "
                    + "and subject = ? and state = 'OPEN' and operation = 'POST /api/v1/invitations/{token}/accept'", personId);
            assertEquals(1, flags.size(), "one open flag for " + personId);
            c.setAutoCommit(false);
            try (PreparedStatement scope = c.prepareStatement("select set_config('app.workspace_id', ?, true)")) {
                scope.setString(1, PLATFORM);
                scope.execute();
            }
            assertEquals(1, strings(c, "select id::text from audit_event where action = 'abuse_flag.raised' and target_id = ? "
                    + "and details->>'limit' = 'invitation-accept'", flags.get(0)).size());
            c.rollback();

            // every bucket is in Redis, none in PostgreSQL
            assertEquals(List.of("0"), strings(c, "select count(*)::text from rate_limit_bucket"));
        }
        RedisClient client = RedisClient.create(redis.url());
        try (StatefulRedisConnection<String, String> c = client.connect()) {
            List<String> keys = c.sync().keys("coachkeep:ratelimit:*");
            String invitations = "coachkeep:ratelimit:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("invitation-accept\n" + bucketSubject).getBytes(StandardCharsets.UTF_8)));
            assertTrue(keys.contains(invitations), "the person's invitation bucket is in Redis under its hash: " + keys);
            assertTrue(keys.stream().noneMatch(k -> k.contains(subject) || k.contains(personId)), "keys are hashes: " + keys);
        } finally {
            client.shutdown();
        }

        // the crossing is a security event on the server's log, naming the person's internal id
        String log = Files.readString(server.log());
        assertTrue(log.lines().anyMatch(l -> l.contains("security-event kind=rate-limited person=" + personId)
                && l.contains("operation=\"POST /api/v1/invitations/{token}/accept\"")), "the security log names the crossing");

        // Lettuce and its Netty run inside Liberty: connected at start, no class-loading failure, no fail-open
        assertTrue(log.contains("rate limits: buckets in Redis at 127.0.0.1:" + redis.url().replaceAll(".*:", "")), "connected at start");
        for (String failure : List.of("NoClassDefFoundError", "ClassNotFoundException", "LinkageError", "Redis cannot be reached",
                "the bucket store failed")) {
            assertFalse(log.contains(failure), "the server's log holds " + failure);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** An access token of this deployment's identity provider (the key made in {@link #productionServer()}). */
    static String token(String subject) {
        var p = new Tokens.Person(subject, subject + "@test.coachkeep.example", "Production " + subject.substring(0, 8));
        return Tokens.sign(Tokens.claims(p).issuer(ISSUER).build(), provider);
    }

    /** The first up, non-virtual, non-loopback IPv4 address of this machine (what {@code hostname -I} lists first). */
    static String nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback() || nic.isVirtual()) {
                continue;
            }
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                    return a.getHostAddress();
                }
            }
        }
        throw new IllegalStateException("this machine has no non-loopback IPv4 address; plain HTTP beyond loopback cannot be tried");
    }

    static SSLContext trustingTheServersCertificate(Path serverDir) throws Exception {
        String password = Files.readAllLines(serverDir.resolve("server.env")).stream().filter(l -> l.startsWith("keystore_password="))
                .map(l -> l.substring("keystore_password=".length()).strip()).findFirst().orElseThrow();
        KeyStore serverKeys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(serverDir.resolve("resources/security/key.p12"))) {
            serverKeys.load(in, password.toCharArray());
        }
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        for (String alias : Collections.list(serverKeys.aliases())) {
            Certificate[] chain = serverKeys.getCertificateChain(alias);
            if (chain != null && chain.length > 0) {
                trust.setCertificateEntry(alias, chain[0]);
            }
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), new SecureRandom());
        return context;
    }

    /** A status line, headers (names in lower case) and body. */
    record Answer(int status, Map<String, List<String>> headers, String body) {
        List<String> header(String name) {
            return headers.getOrDefault(name, List.of());
        }
    }

    /**
     * A plain HTTP request to the server's loopback port from this local address, as a proxy on this machine or a
     * caller beside the server sends it; the lines after the request line are sent as given (a blank one ends the
     * headers and the rest is the body).
     */
    static Answer plain(String from, String method, String path, String... lines) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", HTTP_PORT), 30_000);
            socket.setSoTimeout(60_000);
            return exchange(socket, method, path, "localhost:" + HTTP_PORT, lines);
        }
    }

    /** A GET over HTTPS to this address of the server, trusting its certificate (the address is not in it). */
    static Answer overHttps(String host, String path) throws IOException {
        try (SSLSocket socket = (SSLSocket) trusting.getSocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress(host, HTTPS_PORT), 30_000);
            socket.setSoTimeout(60_000);
            socket.startHandshake();
            return exchange(socket, "GET", path, host + ":" + HTTPS_PORT);
        }
    }

    private static Answer exchange(Socket socket, String method, String path, String host, String... lines) throws IOException {
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n");
        boolean body = false;
        for (String line : lines) {
            request.append(line).append(body ? "" : "\r\n");
            body |= line.isEmpty();
        }
        if (!body) {
            request.append("\r\n");
        }
        socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int end = answer.indexOf("\r\n\r\n");
        String[] head = answer.substring(0, end < 0 ? answer.length() : end).split("\r\n");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.computeIfAbsent(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(head[i].substring(colon + 1).strip());
        }
        return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers, end < 0 ? "" : answer.substring(end + 4));
    }

    private static List<String> strings(Connection c, String sql, Object... parameters) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertTrue(m.find(), json);
        return m.group(1);
    }
}
