package com.coachkeep.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.TestServer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The trust page the server publishes (P-REL-1): public, no token, every promise with its tests and their last
 * result, and no promise shown as proven without a passing test.
 */
@Tag("promise:P-REL-1")
class TrustPageIT {
    @Test
    void theTrustPageIsPublicAndShowsNoPromiseAsProvenWithoutAPassingTest() {
        List<Map<String, Object>> promises = TestServer.request().get("/trust.json").then().statusCode(200)
                .contentType(containsString("application/json")).extract().path("promises");
        assertTrue(promises.size() >= 30, "every promise of docs/promises.md: " + promises.size());
        for (Map<String, Object> p : promises) {
            String status = (String) p.get("status");
            assertTrue(Set.of("proven", "partly proven", "failing", "not yet proven").contains(status), p.toString());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> tests = (List<Map<String, Object>>) p.get("tests");
            boolean passing = tests.stream().anyMatch(t -> ((Number) t.get("passed")).intValue() > 0);
            boolean failing = tests.stream().anyMatch(t -> ((Number) t.get("failed")).intValue() > 0);
            if (status.contains("proven") && !status.equals("not yet proven")) {
                assertTrue(passing && !failing, "shown as " + status + " without a passing test, or with a failing one: " + p);
            }
            if (!passing) {
                assertEquals("not yet proven", status, p.toString());
            }
        }
        TestServer.request().get("/trust").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("P-ENC-1"), containsString("not yet proven"));
    }
}
