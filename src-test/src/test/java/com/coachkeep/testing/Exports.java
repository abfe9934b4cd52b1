package com.coachkeep.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Exports as a test waits for them: the export job runs on its own schedule, so its state is polled with a deadline. */
public final class Exports {
    private Exports() {
    }

    /**
     * Polls an export of the test server until it is ready and returns that answer (with its download link). It fails
     * when the export failed or expired, when a pending export already offers a download, or after 90 seconds.
     */
    public static Response awaitReady(String token, String workspaceId, String exportId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            Response r = TestServer.as(token).get("/api/v1/workspaces/{w}/exports/{e}", workspaceId, exportId);
            assertEquals(200, r.statusCode(), r.asString());
            String state = r.path("state");
            if ("ready".equals(state)) {
                assertNotNull(r.path("download.url"), r.asString());
                return r;
            }
            assertFalse(List.of("failed", "expired").contains(state), r.asString());
            assertNull(r.path("download"), r.asString());
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("export " + exportId + " not ready: " + r.asString());
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
