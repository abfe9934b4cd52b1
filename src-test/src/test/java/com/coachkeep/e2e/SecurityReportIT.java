package com.coachkeep.e2e;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.Mailbox;
import com.coachkeep.testing.TestServer;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The public security endpoints: security.txt, the vulnerability report intake (validated, size-limited, rate-limited
 * per client address, acknowledged by email), the sub-processor list and the platform status. The intake counts per
 * client address, so each test speaks from an address of its own on the loopback network (127.x.y.z).
 */
class SecurityReportIT {
    static final String LOOPBACK_BASE = TestServer.BASE_URL.replace("://localhost", "://127.0.0.1");

    /** A request from a fresh loopback address: a client the rate limit has not seen. */
    static RequestSpecification fromFreshAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return from("127." + r.nextInt(1, 250) + "." + r.nextInt(1, 250) + "." + r.nextInt(2, 250));
    }

    static RequestSpecification from(String address) {
        try {
            InetAddress local = InetAddress.getByName(address);
            return TestServer.request().baseUri(LOOPBACK_BASE)
                    .config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig().setParam("http.route.local-address", local)));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> report(String email) {
        Map<String, Object> body = new HashMap<>(Map.of("summary", "Stored XSS in a client's name",
                "details", "Put <script>alert(1)</script> as a client's name; it runs on the roster page.",
                "affectedUrl", "https://app.coachkeep.test/clients"));
        if (email != null) {
            body.put("reporterEmail", email);
        }
        return body;
    }

    @Test
    @Tag("promise:P-DIS-1")
    void securityTxtNamesTheReportEndpointTheMailboxAndExpiresInAYear() {
        Response r = TestServer.request().get("/.well-known/security.txt");
        r.then().statusCode(200).contentType(startsWith("text/plain"));
        String text = r.asString();
        // RFC 9116: every Contact is https: or mailto: (the test server's API address is plain HTTP, so it names the
        // mailbox alone; SecurityTxtResourceTest covers an HTTPS address)
        assertTrue(text.lines().filter(l -> l.startsWith("Contact: ") || l.startsWith("Canonical: "))
                .allMatch(l -> l.matches("(Contact|Canonical): (https://|mailto:).+")), text);
        assertTrue(text.contains("Contact: mailto:security@coachkeep.app\n"), text);
        assertTrue(text.contains("Preferred-Languages: en\n"), text);
        assertTrue(text.matches("(?s).*\\nPolicy: https://[^\\n]+\\n.*"), text);
        String expires = text.lines().filter(l -> l.startsWith("Expires: ")).findFirst().orElseThrow().substring(9);
        Duration ahead = Duration.between(Instant.now(), Instant.parse(expires));
        assertTrue(ahead.toDays() >= 364 && ahead.toDays() <= 365, "Expires a year ahead: " + expires);
    }

    @Test
    @Tag("promise:P-DIS-1")
    void anyoneCanReportWithoutSigningInAndTheReporterIsAcknowledgedByEmail() throws Exception {
        String email = "finder-" + System.nanoTime() + "@example.org";
        Response r = fromFreshAddress().contentType(ContentType.JSON).body(report(email)).post("/api/v1/security-reports");
        r.then().statusCode(202).body("trackingId", notNullValue()).body("acknowledgementDue", notNullValue());
        String trackingId = r.path("trackingId");
        Mailbox.Mail mail = Mailbox.awaitMailTo(email);
        assertEquals("We received your security report " + trackingId, mail.message().getSubject());
        assertTrue(mail.text().contains("Tracking id: " + trackingId), mail.text());
        assertTrue(mail.text().contains("two business days"), mail.text());
    }

    @Test
    @Tag("promise:P-DIS-1")
    void anAnonymousReportIsAcceptedToo() {
        fromFreshAddress().contentType(ContentType.JSON).body(report(null)).post("/api/v1/security-reports").then().statusCode(202);
    }

    @Test
    void anInvalidReportIsRefusedNamingEveryBadField() {
        fromFreshAddress().contentType(ContentType.JSON)
                .body(Map.of("summary", "", "details", " ", "reporterEmail", "not-an-email", "affectedUrl", "javascript:alert(1)"))
                .post("/api/v1/security-reports").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://coachkeep.app/problems/validation"))
                .body("errors.field", containsInAnyOrder("summary", "details", "reporterEmail", "affectedUrl"));
        fromFreshAddress().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/security-reports").then().statusCode(400)
                .body("errors.field", hasItems("summary", "details"));
        fromFreshAddress().contentType(ContentType.JSON).body(Map.of("summary", "x".repeat(201), "details", "ok"))
                .post("/api/v1/security-reports").then().statusCode(400).body("errors.field", equalTo(List.of("summary")));
    }

    @Test
    void aBodyAbove64KiBIsRefusedAsTooLarge() {
        fromFreshAddress().contentType(ContentType.JSON).body(Map.of("summary", "big", "details", "x".repeat(70_000)))
                .post("/api/v1/security-reports").then().statusCode(413)
                .body("type", equalTo("https://coachkeep.app/problems/payload-too-large"));
    }

    @Test
    @Tag("promise:P-LOG-1")
    void aClientAddressIsLimitedToFiveReportsAnHourAndTheSixthIsToldWhenToRetry() {
        String address = "127.251." + ThreadLocalRandom.current().nextInt(1, 250) + "." + ThreadLocalRandom.current().nextInt(2, 250);
        for (int i = 0; i < 5; i++) {
            from(address).contentType(ContentType.JSON).body(report(null)).post("/api/v1/security-reports").then().statusCode(202);
        }
        Response refused = from(address).contentType(ContentType.JSON).body(report(null)).post("/api/v1/security-reports");
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://coachkeep.app/problems/too-many-requests"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 3600, "Retry-After " + retryAfter);
        // invalid attempts count too, and other addresses are not held up
        from(address).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/security-reports").then().statusCode(429);
        fromFreshAddress().contentType(ContentType.JSON).body(report(null)).post("/api/v1/security-reports").then().statusCode(202);
    }

    @Test
    void theExceptionsInWebXmlOpenOnlyTheirOwnPaths() {
        for (String path : List.of("/api/v1/me", "/api/v1/security-reports/x", "/api/v1/status/x", "/api/v1/sub-processors/x",
                "/api/v1/security-reports-x", "/api/v1/workspaces")) {
            TestServer.request().get(path).then().statusCode(401);
        }
        TestServer.request().contentType(ContentType.JSON).body(Map.of("name", "x")).post("/api/v1/workspaces").then().statusCode(401);
    }

    @Test
    @Tag("promise:P-SUB-1")
    void theSubProcessorListIsPublicCacheableAndDated() {
        Response r = TestServer.request().get("/api/v1/sub-processors");
        r.then().statusCode(200).body("items.service", hasItem("Resend")).body("lastChanged", notNullValue())
                .body("items[0].purpose", notNullValue()).body("items[0].region", notNullValue());
        String etag = r.header("ETag");
        assertTrue(etag != null && r.header("Cache-Control").contains("public"), r.headers().toString());
        TestServer.request().header("If-None-Match", etag).get("/api/v1/sub-processors").then().statusCode(304);
    }

    @Test
    @Tag("promise:P-AVL-1")
    void theStatusIsPublicAndNamesComponentsOnly() {
        TestServer.request().get("/api/v1/status").then().statusCode(200).body("status", equalTo("operational"))
                .body("components.name", hasItems("database", "outbox")).body("checkedAt", notNullValue());
    }
}
