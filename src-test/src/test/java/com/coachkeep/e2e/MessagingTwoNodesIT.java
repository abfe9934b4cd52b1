package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.EventStream;
import com.coachkeep.testing.OwnServer;
import com.coachkeep.testing.SecondNode;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The conversation's live stream across two server nodes: the build's test server and the run's second node
 * ({@link SecondNode}, started once for every two-node test) on the same database, with the same key-encryption key and
 * token verification. The streams share nothing but PostgreSQL: a message sent through one node reaches a listener on
 * the other through {@code LISTEN/NOTIFY}. A listener removed from the workspace mid-stream receives nothing after, and their stream
 * ends. Figures (printed, never asserted): send-to-delivered latency for a listener on the other node, messages per
 * second one node takes, and the heap an open stream costs a node.
 */
class MessagingTwoNodesIT {
    static OwnServer node2;
    static Workspaces.Populated w;

    @BeforeAll
    static void secondNode() {
        node2 = SecondNode.get();
        w = Workspaces.populated("Two nodes " + UUID.randomUUID().toString().substring(0, 8));
    }

    static String path(String clientId) {
        return "/api/v1/workspaces/" + w.id() + "/clients/" + clientId + "/conversation";
    }

    static Response send(String baseUrl, String token, String clientId, String text) {
        return RestAssured.given().baseUri(baseUrl).header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("text", text)).put(path(clientId) + "/messages/" + UUID.randomUUID());
    }

    @Test
    void aMessageSentThroughOneNodeReachesListenersOnBothAndARemovedListenerGetsNothingAfter() throws Exception {
        // a coach of their own, removed mid-stream; the client; both listen, on different nodes
        Workspaces.Member coach = Workspaces.addStaff(w.id(), w.owner().token(), "coach");
        Object[] added = Workspaces.addClient(w.id(), w.owner().token(), coach.membershipId());
        String clientId = (String) added[1];
        Workspaces.Member client = (Workspaces.Member) added[0];
        try (EventStream onNode1 = EventStream.open(TestServer.BASE_URL + path(clientId) + "/events", client.token(), null);
                EventStream onNode2 = EventStream.open(node2.baseUrl() + path(clientId) + "/events", coach.token(), null)) {
            assertEquals(200, onNode1.status());
            assertEquals(200, onNode2.status());
            Response first = send(node2.baseUrl(), coach.token(), clientId, "Sent through node 2");
            assertEquals(201, first.statusCode(), first.asString());
            EventStream.Event atClient = onNode1.next(Duration.ofSeconds(20));
            assertNotNull(atClient, "node 1's listener receives what was sent through node 2");
            assertTrue(atClient.data().contains("Sent through node 2"));
            assertNotNull(onNode2.next(Duration.ofSeconds(20)), "and node 2's own listener");
            Response second = send(TestServer.BASE_URL, client.token(), clientId, "Sent through node 1");
            assertEquals(201, second.statusCode());
            EventStream.Event atCoach = onNode2.next(Duration.ofSeconds(20));
            assertNotNull(atCoach, "node 2's listener receives what was sent through node 1");
            assertTrue(atCoach.data().contains("Sent through node 1"));
            assertNotNull(onNode1.next(Duration.ofSeconds(20)));

            // the owner removes the coach (through node 1); the next message reaches the client, never the removed coach
            TestServer.as(w.owner().token()).delete("/api/v1/workspaces/{w}/staff/{m}", w.id(), coach.membershipId()).then().statusCode(204);
            Response after = send(TestServer.BASE_URL, w.owner().token(), clientId, "Your coach has changed: I will take over.");
            assertEquals(201, after.statusCode(), after.asString());
            EventStream.Event stillThere = onNode1.next(Duration.ofSeconds(20));
            assertNotNull(stillThere);
            assertTrue(stillThere.data().contains("I will take over"));
            assertTrue(onNode2.ended(Duration.ofSeconds(20)), "the removed coach's stream ends");
            assertNull(onNode2.next(Duration.ofMillis(100)), "and carried nothing after the removal");
            // nor can they open it again, on either node
            assertEquals(404, EventStream.open(node2.baseUrl() + path(clientId) + "/events", coach.token(), "0").status());
        }
    }

    /**
     * Figures only (printed, never asserted beyond delivery), like the suite's other benchmarks: run with
     * {@code -Dcoachkeep.messaging.benchmark=true}. Delivery across the nodes is the other test's proof.
     */
    @Test
    void figuresLatencyThroughputAndTheCostOfAnOpenStream() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("coachkeep.messaging.benchmark"),
                "run with -Dcoachkeep.messaging.benchmark=true");
        Object[] added = Workspaces.addClient(w.id(), w.owner().token(), w.coach().membershipId());
        String clientId = (String) added[1];
        Workspaces.Member client = (Workspaces.Member) added[0];
        // latency: sent through node 1, delivered to a listener on node 2
        int n = Integer.getInteger("coachkeep.messaging.latencySamples", 200);
        List<Double> millis = new ArrayList<>();
        try (EventStream listener = EventStream.open(node2.baseUrl() + path(clientId) + "/events", client.token(), null)) {
            assertEquals(200, listener.status());
            for (int i = 0; i < n; i++) {
                long sentAt = System.nanoTime();
                assertEquals(201, send(TestServer.BASE_URL, w.coach().token(), clientId, "Latency " + i).statusCode());
                EventStream.Event e = listener.next(Duration.ofSeconds(20));
                assertNotNull(e, "message " + i);
                millis.add((e.receivedAt() - sentAt) / 1e6);
            }
        }
        Collections.sort(millis);
        System.out.printf("messaging: send-to-delivered latency, node 1 to a listener on node 2, %d messages: median %.1f ms, p99 %.1f ms%n",
                n, millis.get(n / 2), millis.get((int) Math.ceil(n * 0.99) - 1));

        // throughput: 8 senders into 8 conversations through node 1
        int senders = 8;
        int each = Integer.getInteger("coachkeep.messaging.throughputMessages", 100);
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            Object[] c = Workspaces.addClient(w.id(), w.owner().token(), w.coach().membershipId());
            pairs.add(new String[] {(String) c[1], ((Workspaces.Member) c[0]).token()});
        }
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        long start = System.nanoTime();
        List<Future<Integer>> done = new ArrayList<>();
        for (String[] p : pairs) {
            done.add(pool.submit(() -> {
                int ok = 0;
                for (int i = 0; i < each; i++) {
                    ok += send(TestServer.BASE_URL, p[1], p[0], "Throughput " + i).statusCode() == 201 ? 1 : 0;
                }
                return ok;
            }));
        }
        int ok = 0;
        for (Future<Integer> f : done) {
            ok += f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        assertEquals(senders * each, ok);
        System.out.printf("messaging: %d messages from %d senders through one node in %.1f s: %.0f messages per second%n", ok, senders,
                seconds, ok / seconds);

        // open streams: heap of node 2 before and after opening them (after a full collection each time)
        int streams = Integer.getInteger("coachkeep.messaging.streams", 200);
        long pid = SecondNode.pid();
        long before = heapUsed(pid);
        List<EventStream> open = new ArrayList<>();
        try {
            for (int i = 0; i < streams; i++) {
                EventStream s = EventStream.open(node2.baseUrl() + path(pairs.get(i % senders)[0]) + "/events", pairs.get(i % senders)[1], null);
                assertEquals(200, s.status());
                open.add(s);
            }
            long after = heapUsed(pid);
            System.out.printf("messaging: %d open streams on one node: heap %d KiB before, %d KiB after: about %.1f KiB per stream%n",
                    streams, before / 1024, after / 1024, (after - before) / 1024.0 / streams);
            // every one still receives
            long t0 = System.nanoTime();
            assertEquals(201, send(TestServer.BASE_URL, w.coach().token(), pairs.get(0)[0], "To all listeners").statusCode());
            for (int i = 0; i < streams; i += senders) {
                assertNotNull(open.get(i).next(Duration.ofSeconds(30)), "stream " + i);
            }
            System.out.printf("messaging: one message to %d listeners of a conversation on one node: all delivered in %.0f ms%n",
                    streams / senders, (System.nanoTime() - t0) / 1e6);
        } finally {
            open.forEach(EventStream::close);
        }
    }

    /** The heap in use after a full collection, from jcmd; 0 when it cannot be read. */
    static long heapUsed(long pid) throws Exception {
        if (pid < 0) {
            return 0;
        }
        run("jcmd", String.valueOf(pid), "GC.run");
        String info = run("jcmd", String.valueOf(pid), "GC.heap_info");
        var m = java.util.regex.Pattern.compile("used (\\d+)K").matcher(info);
        return m.find() ? Long.parseLong(m.group(1)) * 1024 : 0;
    }

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }
}
