package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import com.coachkeep.testing.Workspaces.Member;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Thousands of concurrent requests of many workspaces share one connection pool (and row-level security
 * settings that must never survive a transaction): every answer belongs to the caller's own workspace.
 */
@Tag("promise:P-ISO-3")
class PoolLeakSoakIT {
    static final int WORKSPACES = 12;
    static final int REQUESTS = 2_400;
    static final int THREADS = 24;

    record Tenant(String id, Member owner, String marker) {
    }

    @Test
    void concurrentRequestsOfManyWorkspacesNeverSeeAnotherWorkspacesRows() throws Exception {
        List<Tenant> tenants = new ArrayList<>();
        for (int i = 0; i < WORKSPACES; i++) {
            Member owner = Workspaces.signedIn("soak");
            String marker = "soak" + i + owner.person().subject().substring(owner.person().subject().length() - 8);
            String id = Workspaces.create(owner.token(), "Soak " + marker);
            for (int c = 0; c < 3; c++) {
                TestServer.as(owner.token()).contentType(ContentType.JSON)
                        .body(Map.of("displayName", marker + " client " + c, "email", marker + "-" + c + "@example.com"))
                        .post("/api/v1/workspaces/{w}/clients", id).then().statusCode(201);
            }
            tenants.add(new Tenant(id, owner, marker));
        }
        AtomicInteger mismatches = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> calls = new ArrayList<>();
        for (int r = 0; r < REQUESTS; r++) {
            Tenant t = tenants.get(r % WORKSPACES);
            boolean list = r % 2 == 0;
            calls.add(pool.submit(() -> {
                Response response = list
                        ? TestServer.as(t.owner().token()).get("/api/v1/workspaces/{w}/clients", t.id())
                        : TestServer.as(t.owner().token()).get("/api/v1/workspaces/{w}", t.id());
                if (response.statusCode() != 200) {
                    failures.incrementAndGet();
                    return;
                }
                if (list) {
                    List<String> names = response.path("items.displayName");
                    if (names.size() != 3 || names.stream().anyMatch(n -> !n.startsWith(t.marker() + " "))) {
                        mismatches.incrementAndGet();
                    }
                } else if (!("Soak " + t.marker()).equals(response.path("name"))) {
                    mismatches.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : calls) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("pool-leak soak: %d requests over %d workspaces on %d threads, mismatches %d, failures %d%n",
                REQUESTS, WORKSPACES, THREADS, mismatches.get(), failures.get());
        assertEquals(0, failures.get(), "requests that did not answer 200");
        assertEquals(0, mismatches.get(), "answers holding another workspace's data");
    }
}
