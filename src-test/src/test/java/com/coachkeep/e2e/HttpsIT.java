package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * HTTPS against the running server (P-ENC-1): its HTTPS port with the self-signed development certificate Liberty
 * generated (trusted here from the server's own keystore), HSTS and the security headers on every response, a
 * forwarded {@code X-Forwarded-Proto} believed only from the configured proxy (the build's server trusts 127.0.0.2),
 * and handshakes that must fail: TLS 1.0, TLS 1.1 and weak cipher suites, sent as raw ClientHello records so that the
 * test JVM's own TLS settings (which refuse old protocols themselves) prove nothing on the server's behalf.
 */
@Tag("promise:P-ENC-1")
class HttpsIT {
    static final String HTTPS_URL = System.getProperty("coachkeep.test.httpsUrl", "https://localhost:19443");
    static final Path SERVER_DIR = Path.of(System.getProperty("coachkeep.test.itServerDir", "target/liberty/wlp/usr/servers/coachkeep"));
    static final String HSTS = "max-age=31536000; includeSubDomains";
    static final Set<String> STRONG_SUITES = Set.of("TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");

    static HttpClient https;
    static SSLContext trusting;

    @BeforeAll
    static void trustTheServersDevelopmentCertificate() throws Exception {
        TestServer.awaitReady();
        String password = Files.readAllLines(SERVER_DIR.resolve("server.env")).stream()
                .filter(l -> l.startsWith("keystore_password=")).map(l -> l.substring("keystore_password=".length()).strip())
                .findFirst().orElseThrow(() -> new IllegalStateException("no keystore_password in " + SERVER_DIR.resolve("server.env")));
        KeyStore serverKeys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(SERVER_DIR.resolve("resources/security/key.p12"))) {
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
        trusting = SSLContext.getInstance("TLS");
        trusting.init(null, tmf.getTrustManagers(), new SecureRandom());
        https = HttpClient.newBuilder().sslContext(trusting).connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static HttpResponse<String> overHttps(String path) throws Exception {
        return https.send(HttpRequest.newBuilder(URI.create(HTTPS_URL + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyResponseOverHttpsCarriesHstsAndTheSecurityHeaders() throws Exception {
        // public pages, the API's answers and refusals (the container's 401 too), an unknown path, the console
        Map<String, Integer> paths = new LinkedHashMap<>();
        paths.put("/api/v1/status", 200);
        paths.put("/api/v1/sub-processors", 200);
        paths.put("/.well-known/security.txt", 200);
        paths.put("/trust", 200);
        paths.put("/api/v1/me", 401);
        paths.put("/api/v1/workspaces/" + java.util.UUID.randomUUID(), 401);
        paths.put("/no-such-page", 404);
        // answered by the server's own features, not the application: their headers come from the HTTPS endpoint
        paths.put("/health/ready", 200);
        paths.put("/openapi", 200);
        for (Map.Entry<String, Integer> p : paths.entrySet()) {
            HttpResponse<String> r = overHttps(p.getKey());
            assertEquals(p.getValue(), r.statusCode(), p.getKey() + ": " + r.body());
            assertEquals(List.of(HSTS), header(r.headers().map(), "Strict-Transport-Security"), p.getKey());
            assertSecurityHeaders(p.getKey(), r.headers().map());
            String protocol = r.sslSession().orElseThrow().getProtocol();
            assertTrue(protocol.equals("TLSv1.3") || protocol.equals("TLSv1.2"), protocol);
            assertTrue(STRONG_SUITES.contains(r.sslSession().orElseThrow().getCipherSuite()), r.sslSession().orElseThrow().getCipherSuite());
        }
    }

    static void assertSecurityHeaders(String path, Map<String, List<String>> headers) {
        assertEquals(List.of("nosniff"), header(headers, "X-Content-Type-Options"), path);
        assertEquals(List.of("no-referrer"), header(headers, "Referrer-Policy"), path);
        List<String> csp = header(headers, "Content-Security-Policy");
        assertEquals(1, csp.size(), path + ": " + csp);
        assertTrue(csp.get(0).contains("frame-ancestors 'none'"), path + ": " + csp);
        boolean application = !path.startsWith("/console") && !path.startsWith("/health") && !path.startsWith("/openapi");
        assertTrue(!application || csp.get(0).startsWith("default-src 'none'"), path + ": " + csp);
    }

    static List<String> header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).toList();
    }

    @Test
    void theConsoleMayNotBeFramedEvenOnItsSignInRedirect() throws Exception {
        // Without a session the server's OpenID Connect client answers before the application (a redirect to the
        // provider); the console's own pages carry SecurityHeadersFilter's console policy (SecurityHeadersFilterTest).
        HttpResponse<String> r = overHttps("/console/");
        assertTrue(r.statusCode() < 500, r.statusCode() + " " + r.body());
        assertEquals(List.of(HSTS), header(r.headers().map(), "Strict-Transport-Security"));
        List<String> csp = header(r.headers().map(), "Content-Security-Policy");
        assertEquals(1, csp.size(), csp.toString());
        assertTrue(csp.get(0).contains("frame-ancestors 'none'"), csp.get(0));
        assertEquals(List.of("nosniff"), header(r.headers().map(), "X-Content-Type-Options"));
    }

    @Test
    void tls12AloneStillWorksWithAForwardSecretAeadSuite() throws Exception {
        SSLParameters only12 = trusting.getDefaultSSLParameters();
        only12.setProtocols(new String[] {"TLSv1.2"});
        HttpClient client = HttpClient.newBuilder().sslContext(trusting).sslParameters(only12).connectTimeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(HTTPS_URL + "/api/v1/status")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals("TLSv1.2", r.sslSession().orElseThrow().getProtocol());
        assertTrue(STRONG_SUITES.contains(r.sslSession().orElseThrow().getCipherSuite()), r.sslSession().orElseThrow().getCipherSuite());
    }

    @Test
    void tls10AndTls11AndWeakCipherSuitesAreRefused() throws Exception {
        // the control: the same raw handshake with TLS 1.2 and a strong suite is answered with a ServerHello
        assertEquals(0xC02F, serverHelloSuite(0x0303, 0xC02F), "TLS 1.2 with ECDHE-RSA-AES128-GCM is accepted");

        for (int version : new int[] {0x0301, 0x0302}) {
            assertRefused(version, new int[] {0xC013, 0xC014, 0x002F, 0x0035, 0xC02F}, "TLS 1." + (version - 0x0301));
        }
        Map<String, Integer> weak = new LinkedHashMap<>();
        weak.put("TLS_RSA_WITH_AES_128_CBC_SHA (no forward secrecy, CBC)", 0x002F);
        weak.put("TLS_RSA_WITH_AES_128_GCM_SHA256 (no forward secrecy)", 0x009C);
        weak.put("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA (CBC with SHA-1)", 0xC013);
        weak.put("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256 (CBC)", 0xC027);
        weak.put("TLS_RSA_WITH_3DES_EDE_CBC_SHA", 0x000A);
        weak.put("TLS_ECDHE_RSA_WITH_RC4_128_SHA", 0xC011);
        weak.put("TLS_DHE_RSA_WITH_AES_128_CBC_SHA", 0x0033);
        weak.put("TLS_RSA_WITH_NULL_SHA256", 0x003B);
        for (Map.Entry<String, Integer> suite : weak.entrySet()) {
            assertRefused(0x0303, new int[] {suite.getValue()}, "TLS 1.2 with " + suite.getKey());
        }
    }

    static void assertRefused(int version, int[] suites, String what) throws IOException {
        Integer chosen = serverHelloSuite(version, suites);
        assertNull(chosen, what + " was accepted with suite " + (chosen == null ? "" : Integer.toHexString(chosen)));
    }

    /**
     * Sends one ClientHello offering these suites at this protocol version and returns the suite of the ServerHello,
     * or null when the server answers with an alert or closes the connection.
     */
    static Integer serverHelloSuite(int version, int... suites) throws IOException {
        URI uri = URI.create(HTTPS_URL);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 30_000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(clientHello(version, suites));
            socket.getOutputStream().flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            int type;
            try {
                type = in.readUnsignedByte();
            } catch (EOFException | java.net.SocketException closed) {
                return null;
            }
            if (type == 0x15) {
                return null; // alert
            }
            assertEquals(0x16, type, "a handshake record or an alert");
            in.readUnsignedShort(); // record version
            in.readUnsignedShort(); // record length
            assertEquals(2, in.readUnsignedByte(), "ServerHello");
            in.skipNBytes(3); // length
            int serverVersion = in.readUnsignedShort();
            assertTrue(serverVersion >= 0x0303, "the server chose " + Integer.toHexString(serverVersion));
            in.skipNBytes(32); // random
            in.skipNBytes(in.readUnsignedByte()); // session id
            return in.readUnsignedShort();
        }
    }

    static byte[] clientHello(int version, int[] suites) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        u16(body, version);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        body.writeBytes(random);
        body.write(0); // no session id
        u16(body, suites.length * 2);
        for (int s : suites) {
            u16(body, s);
        }
        body.write(1); // compression methods: null only
        body.write(0);
        ByteArrayOutputStream ext = new ByteArrayOutputStream();
        u16Extension(ext, 0x000a, new int[] {0x0006, 0x001d, 0x0017, 0x0018}); // supported groups: x25519, P-256, P-384
        extension(ext, 0x000b, 0x01, 0x00); // EC point formats: uncompressed
        u16Extension(ext, 0x000d, new int[] {0x000a, 0x0804, 0x0403, 0x0401, 0x0805, 0x0501}); // signature algorithms
        byte[] host = "localhost".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream sni = new ByteArrayOutputStream();
        u16(sni, host.length + 3);
        sni.write(0);
        u16(sni, host.length);
        sni.writeBytes(host);
        extension(ext, 0x0000, sni.toByteArray());
        u16(body, ext.size());
        body.writeBytes(ext.toByteArray());

        ByteArrayOutputStream handshake = new ByteArrayOutputStream();
        handshake.write(1); // ClientHello
        handshake.write(body.size() >>> 16);
        u16(handshake, body.size() & 0xFFFF);
        handshake.writeBytes(body.toByteArray());

        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.write(0x16);
        u16(record, 0x0301);
        u16(record, handshake.size());
        record.writeBytes(handshake.toByteArray());
        return record.toByteArray();
    }

    static void u16Extension(ByteArrayOutputStream out, int type, int[] u16s) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (int v : u16s) {
            u16(data, v);
        }
        extension(out, type, data.toByteArray());
    }

    static void extension(ByteArrayOutputStream out, int type, int... bytes) {
        byte[] data = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            data[i] = (byte) bytes[i];
        }
        extension(out, type, data);
    }

    static void extension(ByteArrayOutputStream out, int type, byte[] data) {
        u16(out, type);
        u16(out, data.length);
        out.writeBytes(data);
    }

    static void u16(ByteArrayOutputStream out, int v) {
        out.write((v >>> 8) & 0xFF);
        out.write(v & 0xFF);
    }

    @Test
    void plainHttpCarriesNoHstsAndAForwardedProtoCountsOnlyFromTheTrustedProxy() throws Exception {
        Map<String, List<String>> direct = plainHttp("127.0.0.1", "https");
        assertTrue(header(direct, "Strict-Transport-Security").isEmpty(), "a client's own X-Forwarded-Proto is ignored: " + direct);
        assertSecurityHeaders("plain HTTP", direct);

        Map<String, List<String>> viaProxy = plainHttp("127.0.0.2", "https");
        assertEquals(List.of(HSTS), header(viaProxy, "Strict-Transport-Security"), "the trusted proxy terminated TLS: " + viaProxy);
        assertSecurityHeaders("through the proxy", viaProxy);

        assertTrue(header(plainHttp("127.0.0.2", "http"), "Strict-Transport-Security").isEmpty(), "the proxy's client used plain HTTP");
        assertTrue(header(plainHttp("127.0.0.1", null, "$WSIS: true", "$WSSC: https"), "Strict-Transport-Security").isEmpty(),
                "the server's private headers claim nothing either");
        assertTrue(header(plainHttp("127.0.0.2", null), "Strict-Transport-Security").isEmpty(), "no forwarded scheme");
    }

    /** A plain HTTP request from this local address, with the given X-Forwarded-Proto (none when null); the headers. */
    static Map<String, List<String>> plainHttp(String from, String forwardedProto, String... extraHeaders) throws IOException {
        URI base = URI.create(TestServer.BASE_URL);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 30_000);
            socket.setSoTimeout(30_000);
            String request = "GET /api/v1/status HTTP/1.1\r\nHost: localhost:" + base.getPort() + "\r\n"
                    + (forwardedProto == null ? "" : "X-Forwarded-Proto: " + forwardedProto + "\r\nX-Forwarded-For: 203.0.113.9\r\n")
                    + String.join("", java.util.Arrays.stream(extraHeaders).map(h -> h + "\r\n").toList())
                    + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            String[] lines = answer.substring(0, answer.indexOf("\r\n\r\n")).split("\r\n");
            assertTrue(lines[0].startsWith("HTTP/1.1 200"), lines[0]);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>())
                        .add(lines[i].substring(colon + 1).strip());
            }
            return headers;
        }
    }

    @Test
    void securityTxtOverHttpsNamesOnlyHttpsAndMailtoContacts() throws Exception {
        HttpResponse<String> r = overHttps("/.well-known/security.txt");
        assertEquals(200, r.statusCode());
        List<String> contacts = r.body().lines().filter(l -> l.startsWith("Contact: ")).toList();
        assertFalse(contacts.isEmpty(), r.body());
        assertTrue(contacts.stream().allMatch(l -> l.startsWith("Contact: https://") || l.startsWith("Contact: mailto:")), r.body());
    }
}
