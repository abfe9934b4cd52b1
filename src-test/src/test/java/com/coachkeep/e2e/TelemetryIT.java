package com.coachkeep.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an operator reads (docs/operations/observability.md): {@code /metrics} in Prometheus text with a request timer
 * per operation, the connection pools, the outbox's depth and age and every job's run time; and traces and logs over
 * OTLP, where a problem response names the trace its request belongs to. The test server exports OTLP (HTTP,
 * protobuf) to this test's receiver, a WireMock server on {@code coachkeep.test.otlpPort}; while no receiver listens
 * the exports fail quietly (the server's OpenTelemetry logger is off in the tests) and nothing else changes.
 */
class TelemetryIT {
    static final int OTLP_PORT = Integer.getInteger("coachkeep.test.otlpPort", 19293);
    static WireMockServer otlp;

    @BeforeAll
    static void receiver() {
        otlp = new WireMockServer(WireMockConfiguration.options().port(OTLP_PORT).bindAddress("127.0.0.1"));
        otlp.start();
        otlp.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-protobuf")));
    }

    @AfterAll
    static void stop() {
        if (otlp != null) {
            otlp.stop();
        }
    }

    @Test
    void metricsArePrometheusTextWithATimerPerOperationThePoolsTheOutboxAndTheJobs() {
        Workspaces.Member someone = Workspaces.signedIn("metrics");
        TestServer.as(someone.token()).get("/api/v1/me").then().statusCode(200);
        String before = scrape();
        double meBefore = value(before, "REST_request_seconds_count", "class=\"com.coachkeep.infrastructure.rest.workspace.MeResource\"");
        for (int i = 0; i < 3; i++) {
            TestServer.as(someone.token()).get("/api/v1/me").then().statusCode(200);
        }
        String after = scrape();
        double meAfter = value(after, "REST_request_seconds_count", "class=\"com.coachkeep.infrastructure.rest.workspace.MeResource\"");
        assertTrue(meAfter - meBefore >= 3, "the /me operation's timer counted the three requests: " + meBefore + " -> " + meAfter);
        assertTrue(after.contains("# TYPE REST_request_seconds summary") || after.contains("# TYPE REST_request_seconds histogram"),
                "the request timers are typed for Prometheus");

        assertTrue(value(after, "connectionpool_managedConnections", "datasource=") >= 1, "the application's pool is published");
        assertTrue(value(after, "coachkeep_outbox_pending", "mp_scope=\"application\"") >= 0, "the outbox's depth is read");
        assertTrue(value(after, "coachkeep_outbox_dead", "mp_scope=\"application\"") >= 0, "the outbox's dead letters are read");
        assertTrue(value(after, "coachkeep_outbox_oldest_pending_seconds", "mp_scope=\"application\"") >= 0, "the outbox's age is read");

        // the identity cache: a member's requests to their workspace after the first are answered from it
        Workspaces.Populated w = Workspaces.populated("Metrics identity " + java.util.UUID.randomUUID().toString().substring(0, 8));
        for (int i = 0; i < 2; i++) { // read once, then kept
            TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/clients", w.id()).then().statusCode(200);
        }
        double hitsBefore = value(scrape(), "coachkeep_identity_cache_hits_total", "mp_scope=\"application\"");
        for (int i = 0; i < 3; i++) {
            TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/clients", w.id()).then().statusCode(200);
        }
        String cached = scrape();
        double hitsAfter = value(cached, "coachkeep_identity_cache_hits_total", "mp_scope=\"application\"");
        assertTrue(hitsBefore >= 0 && hitsAfter - hitsBefore >= 3, "the kept identity answered the three requests: " + hitsBefore + " -> " + hitsAfter);
        assertTrue(value(cached, "coachkeep_identity_cache_misses_total", "mp_scope=\"application\"") >= 1, "the first request read it");

        // the outbox loops poll all the time: their timer keeps counting
        double outboxRuns = value(after, "coachkeep_job_duration_seconds_count", "job=\"outbox\"");
        String later = awaitScrape(s -> value(s, "coachkeep_job_duration_seconds_count", "job=\"outbox\"") > outboxRuns,
                "the outbox job's timer counts its runs");
        assertTrue(value(later, "coachkeep_job_duration_seconds_count", "job=\"audit-checkpoint\"") >= 1,
                "the audit checkpoint job (every second in the tests) is timed too");
        assertFalse(later.contains(someone.person().subject()), "no person's identity is in the metrics");
    }

    @Test
    void aProblemNamesTheTraceItsCallerStartedAndTheSpansAndTheSecurityLogReachTheCollector() {
        Workspaces.Member someone = Workspaces.signedIn("traced");
        byte[] traceBytes = new byte[16];
        new Random().nextBytes(traceBytes);
        traceBytes[0] = 0x11; // never all zeros (invalid)
        String traceId = HexFormat.of().formatHex(traceBytes);
        String parent = "00-" + traceId + "-00f067aa0ba902b7-01";

        // a workspace that is not theirs: 404, and a security event (not-a-member) is logged for it
        Response problem = TestServer.as(someone.token()).header("traceparent", parent)
                .get("/api/v1/workspaces/{w}/clients", UUID.randomUUID().toString());
        assertEquals(404, problem.statusCode());
        assertEquals(traceId, problem.jsonPath().getString("traceId"), "the problem names the caller's trace");
        assertNotNull(problem.jsonPath().getString("requestId"), "and keeps its request id");

        LoggedRequest spans = await(() -> containing("/v1/traces", traceBytes, null), "the request's span is exported over OTLP");
        assertEquals("application/x-protobuf", spans.getHeader("Content-Type"));
        await(() -> containing("/v1/logs", traceBytes, "security-event kind=not-a-member"),
                "the security event's log record is exported with the request's trace");

        // without a caller's trace the server starts one: still named in the problem
        Response own = TestServer.as(someone.token()).get("/api/v1/workspaces/{w}/clients", UUID.randomUUID().toString());
        String ownTrace = own.jsonPath().getString("traceId");
        assertTrue(ownTrace != null && ownTrace.matches("[0-9a-f]{32}") && !ownTrace.equals(traceId), "a trace of its own: " + ownTrace);
    }

    /** An export to the path whose body holds the bytes (and, when given, the text). */
    private static LoggedRequest containing(String path, byte[] bytes, String text) {
        List<LoggedRequest> requests = otlp.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(path)));
        for (LoggedRequest r : requests) {
            byte[] body = r.getBody();
            if (text == null ? indexOf(body, bytes, 0) >= 0 : traceFollowsText(body, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), bytes)) {
                return r;
            }
        }
        return null;
    }

    /**
     * Whether one log record holds both: in OTLP's protobuf a LogRecord's body (field 5) and attributes come before its
     * trace id (field 9), so the trace's bytes follow the text closely (within 2,000 bytes, before any next record's
     * body could start the same text).
     */
    static boolean traceFollowsText(byte[] body, byte[] text, byte[] trace) {
        for (int at = indexOf(body, text, 0); at >= 0; at = indexOf(body, text, at + 1)) {
            int traceAt = indexOf(body, trace, at);
            int nextText = indexOf(body, text, at + 1);
            if (traceAt >= 0 && traceAt - at < 2_000 && (nextText < 0 || traceAt < nextText)) {
                return true;
            }
        }
        return false;
    }

    static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static <T> T await(Supplier<T> found, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            T t = found.get();
            if (t != null) {
                return t;
            }
            pause();
        }
        throw new AssertionError("within 30 s: " + what);
    }

    private static String awaitScrape(java.util.function.Predicate<String> condition, String what) {
        return await(() -> {
            String s = scrape();
            return condition.test(s) ? s : null;
        }, what);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String scrape() {
        Response r = TestServer.request().header("Accept", "text/plain").get("/metrics");
        assertEquals(200, r.statusCode(), "/metrics answers without a token");
        assertTrue(r.contentType().startsWith("text/plain"), "Prometheus text: " + r.contentType());
        return r.asString();
    }

    /** The sum of a metric's samples whose labels contain the given text; -1 when it has none. */
    static double value(String exposition, String metric, String labelPart) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(metric) + "\\{([^}]*)\\} (\\S+)").matcher(exposition);
        double sum = 0;
        boolean any = false;
        while (m.find()) {
            if (m.group(1).contains(labelPart)) {
                sum += Double.parseDouble(m.group(2));
                any = true;
            }
        }
        return any ? sum : -1;
    }
}
