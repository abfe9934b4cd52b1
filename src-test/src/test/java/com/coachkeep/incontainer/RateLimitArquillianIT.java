package com.coachkeep.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.audit.domain.AuditEntry;
import com.coachkeep.support.application.port.in.AbuseFlagView;
import com.coachkeep.support.application.port.in.AcknowledgeAbuseFlagUseCase;
import com.coachkeep.support.application.port.in.ListAbuseFlagsUseCase;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.domain.InternalRole;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API's rate limits and abuse flags (P-LOG-1), driven over HTTP against the running API with its default limits
 * (the tight ones are crossed in a few dozen requests), then worked through the console's use cases: a crossing answers
 * 429 with {@code Retry-After} and the {@code RateLimit} fields, keeps answering so across requests, records a
 * security event, raises an abuse flag with an entry in the platform audit trail, and the officer's acknowledgement is
 * audited too.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("promise:P-LOG-1")
public class RateLimitArquillianIT {
    private static final SupportActor OFFICER = new SupportActor("officer-ratelimit", InternalRole.SECURITY_OFFICER, true);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment
    public static WebArchive deployment() {
        return TestDeployment.war("rate-limit-it");
    }

    @Inject
    ListAbuseFlagsUseCase flags;
    @Inject
    AcknowledgeAbuseFlagUseCase acknowledge;

    @Test
    public void lookUpsThatKeepAnswering404AreRefusedFlaggedAuditedAndAcknowledged() throws Exception {
        String token = token("enumerator-" + UUID.randomUUID());
        HttpResponse<String> me = http("GET", "/api/v1/me", token, null);
        assertEquals(200, me.statusCode(), me.body());
        String personId = field(me.body(), "id");
        assertTrue(me.headers().firstValue("RateLimit-Policy").isPresent(), "every answer names its tightest limit: " + me.headers());

        // The default: 100 look-ups answering 404 per person and operation in 10 minutes, refilled gradually (one every
        // 6 seconds), so a slow machine may need a few more than 100 to empty the bucket; never fewer.
        HttpResponse<String> refused = null;
        String crossing = null;
        int misses = 0;
        while (misses < 400) {
            crossing = "ratelimit-" + UUID.randomUUID();
            HttpResponse<String> r = send(request("GET", "/api/v1/workspaces/" + UUID.randomUUID(), token, null).header("X-Request-Id", crossing));
            if (r.statusCode() != 404) {
                refused = r;
                break;
            }
            misses++;
        }
        assertTrue(misses >= 100, "refused after " + misses + " misses, before the quota was used");
        assertTooMany(refused, "not-found", 100, 600);
        long held = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(held >= 59, "the operation is held until a tenth of the quota is back: " + held);

        // It holds across requests, for a look-up of any id, while the same person's other operations go on.
        HttpResponse<String> again = http("GET", "/api/v1/workspaces/" + UUID.randomUUID(), token, null);
        assertTooMany(again, "not-found", 100, 600);
        assertEquals(200, http("GET", "/api/v1/me", token, null).statusCode());

        // A security event of the crossing, in the security log.
        assertTrue(awaitLogLine("kind=rate-limited", crossing), "the security log names the crossing request " + crossing);

        // The flag, in the officer's list, with an entry in the platform's audit trail that names no subject.
        AbuseFlagView flag = flags.list(OFFICER, true).stream()
                .filter(f -> f.limit().equals("not-found") && f.subject().equals(personId)).findFirst()
                .orElseThrow(() -> new AssertionError("no open not-found flag of " + personId + " in " + flags.list(OFFICER, true)));
        assertEquals("person", flag.subjectKind());
        assertEquals("GET /api/v1/workspaces/{workspaceId}", flag.operation());
        assertEquals(1, Db.in(AuditEntry.PLATFORM).countRows("select count(*) from audit_event where action = 'abuse_flag.raised' "
                + "and target_id = ? and actor_kind = 'SYSTEM' and details->>'limit' = 'not-found'", flag.id()));
        assertEquals(0, Db.in(AuditEntry.PLATFORM).countRows("select count(*) from audit_event where target_id = ? and details::text like ?",
                flag.id(), "%" + personId + "%"), "the trail names no subject");

        // The officer acknowledges it with a reason; that is audited and the flag leaves the open list.
        AbuseFlagView acknowledged = acknowledge.acknowledge(OFFICER, flag.id(), "scripted workspace look-ups; account watched");
        assertEquals("acknowledged", acknowledged.state());
        assertEquals(1, Db.in(AuditEntry.PLATFORM).countRows("select count(*) from audit_event where action = 'abuse_flag.acknowledged' "
                + "and target_id = ? and actor_kind = 'SUPPORT' and actor_id = ? and reason = ?", flag.id(), OFFICER.staffId(),
                "scripted workspace look-ups; account watched"));
        assertFalse(flags.list(OFFICER, true).stream().anyMatch(f -> f.id().equals(flag.id())));
        assertTrue(flags.list(OFFICER, false).stream().anyMatch(f -> f.id().equals(flag.id()) && f.acknowledgedBy().equals("officer-ratelimit")));

        // The bucket table holds no identifier of the person.
        assertEquals(0, Db.count("select count(*) from rate_limit_bucket where id like ?", "%" + personId + "%"));
    }

    @Test
    public void guessedInvitationTokensAreLimitedPerPerson() throws Exception {
        String token = token("invitation-guesser-" + UUID.randomUUID());
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> guess = http("POST", "/api/v1/invitations/" + UUID.randomUUID() + "/accept", token, null);
            assertTrue(guess.statusCode() >= 400 && guess.statusCode() < 500 && guess.statusCode() != 429, "guess " + (i + 1) + ": "
                    + guess.statusCode() + " " + guess.body());
        }
        assertTooMany(http("POST", "/api/v1/invitations/" + UUID.randomUUID() + "/accept", token, null), "invitation-accept", 20, 3600);
        String other = token("invitation-bystander-" + UUID.randomUUID());
        int bystander = http("POST", "/api/v1/invitations/" + UUID.randomUUID() + "/accept", other, null).statusCode();
        assertTrue(bystander != 429, "another person has a bucket of their own: " + bystander);
    }

    @Test
    public void guessedExportLinksAreLimitedPerPerson() throws Exception {
        String token = token("export-guesser-" + UUID.randomUUID());
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> guess = http("GET", "/api/v1/exports/" + UUID.randomUUID() + "/download?token=guess" + i, token, null);
            assertEquals(404, guess.statusCode(), "guess " + (i + 1) + ": " + guess.body());
        }
        assertTooMany(http("GET", "/api/v1/exports/" + UUID.randomUUID() + "/download?token=guess", token, null), "export-download", 30, 3600);
    }

    private static void assertTooMany(HttpResponse<String> r, String limit, long quota, long window) {
        assertEquals(429, r.statusCode(), r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(r.body().contains("too-many-requests"), r.body());
        long retryAfter = Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= window, "Retry-After " + retryAfter);
        assertEquals("\"" + limit + "\";q=" + quota + ";w=" + window, r.headers().firstValue("RateLimit-Policy").orElseThrow());
        String rateLimit = r.headers().firstValue("RateLimit").orElseThrow();
        assertTrue(rateLimit.startsWith("\"" + limit + "\";r=0;t="), rateLimit);
    }

    /** Waits for the security log line of a request (the log is written asynchronously). */
    private static boolean awaitLogLine(String marker, String requestId) throws IOException {
        String dir = System.getenv("X_LOG_DIR");
        Path log = Path.of(dir == null || dir.isBlank() ? "logs" : dir, "messages.log");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log)) {
                try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
                    if (lines.anyMatch(l -> l.contains(marker) && l.contains("requestId=" + requestId))) {
                        return true;
                    }
                }
            }
            Thread.onSpinWait();
        }
        return false;
    }

    private static String baseUrl() {
        String port = System.getenv("COACHKEEP_HTTP_PORT");
        return "http://localhost:" + (port == null || port.isBlank() ? "19080" : port.strip());
    }

    /** A token of the server's development issuer (answered to loopback callers only), for a new person. */
    private static String token(String subject) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/dev/token?sub="
                + URLEncoder.encode(subject, StandardCharsets.UTF_8) + "&email=" + URLEncoder.encode(subject + "@test.coachkeep.example",
                        StandardCharsets.UTF_8))).header("Accept", "text/plain").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body().strip();
    }

    private static HttpRequest.Builder request(String method, String path, String token, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return b;
    }

    private static HttpResponse<String> http(String method, String path, String token, String json) throws Exception {
        return send(request(method, path, token, json));
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertTrue(m.find(), json);
        return m.group(1);
    }
}
