package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.SecondNode;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import com.coachkeep.testing.Workspaces.Member;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two server nodes on one database, as docs/operations/scaling.md runs them behind a load balancer: the build's test
 * server (node 1) and the run's {@link SecondNode} (node 2), which share PostgreSQL and the data folder and nothing
 * else. Requests of many workspaces, reads and writes, spread over both nodes at once, and every answer belongs to the
 * caller's own workspace; a member removed, a client revoked or a role lowered through one node is refused on their
 * very next request at the other (nothing in a node's memory lets them through), and a suspended workspace is refused
 * on both. The rate limits are one budget for both nodes: the exactly counted ones (invitation acceptance, look-ups
 * answering 404) never let through more than their quota in total, and a limit counted on each node first lets through
 * at most the documented 1% of its quota more per node. The limits are the test server's (the defaults, but for the
 * address limit), which the second node takes with the rest of its environment. Counts per node and the overshoot are
 * printed.
 */
class TwoNodesOneDatabaseIT {
    static final int WORKSPACES = 12;
    static final int REQUESTS = 2_400;
    static final int THREADS = 24;
    static final Pattern POLICY = Pattern.compile("\"([a-z-]+)\";q=(\\d+);w=(\\d+)");

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    static String[] nodes;

    @BeforeAll
    static void bothNodes() {
        TestServer.awaitReady();
        nodes = new String[] {TestServer.BASE_URL, SecondNode.baseUrl()};
    }

    @AfterAll
    static void figures() {
        System.out.printf("two nodes: the second node's JVM has used %.1f s of CPU time so far%n", SecondNode.cpuTime().toMillis() / 1000.0);
    }

    record Answer(int status, String body, HttpResponse<String> response) {
        JsonPath json() {
            return JsonPath.from(body);
        }
    }

    static Answer call(int node, String token, String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(nodes[node] + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
        b = json == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r);
        } catch (Exception e) {
            return new Answer(-1, e.toString(), null);
        }
    }

    static String json(Map<String, ?> fields) {
        StringBuilder s = new StringBuilder("{");
        fields.forEach((k, v) -> s.append(s.length() > 1 ? "," : "").append('"').append(k).append("\":\"").append(v).append('"'));
        return s.append('}').toString();
    }

    record Tenant(String id, String token, String marker, List<String> clientIds) {
    }

    @Test
    @Tag("promise:P-ISO-3")
    void requestsOfManyWorkspacesSpreadOverBothNodesOnlyEverSeeTheirOwnWorkspace() throws Exception {
        List<Tenant> tenants = new ArrayList<>();
        for (int i = 0; i < WORKSPACES; i++) {
            Member owner = Workspaces.signedIn("nodes");
            String marker = "nodes" + i + owner.person().subject().substring(owner.person().subject().length() - 8);
            // founded through one node, its clients and their notes through both
            Answer created = call(i % 2, owner.token(), "POST", "/api/v1/workspaces",
                    json(Map.of("name", "Two nodes " + marker, "timezone", "Europe/Berlin", "currency", "EUR", "locale", "en")));
            assertEquals(201, created.status(), created.body());
            String id = created.json().getString("id");
            List<String> clients = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                Answer client = call((i + c) % 2, owner.token(), "POST", "/api/v1/workspaces/" + id + "/clients",
                        json(Map.of("displayName", marker + " client " + c, "email", marker + "-" + c + "@example.com")));
                assertEquals(201, client.status(), client.body());
                clients.add(client.json().getString("id"));
                Answer note = call((i + c + 1) % 2, owner.token(), "POST", "/api/v1/workspaces/" + id + "/clients/" + clients.get(c) + "/notes",
                        json(Map.of("body", marker + " first note")));
                assertEquals(201, note.status(), note.body());
            }
            tenants.add(new Tenant(id, owner.token(), marker, clients));
        }

        int[][] perNode = new int[2][5];
        Random random = new Random(17);
        record Planned(Tenant tenant, int node, int kind, String clientId) {
        }
        List<Planned> plan = new ArrayList<>();
        for (int r = 0; r < REQUESTS; r++) {
            Tenant t = tenants.get(r % WORKSPACES);
            Planned p = new Planned(t, random.nextInt(2), random.nextInt(5), t.clientIds().get(random.nextInt(3)));
            perNode[p.node()][p.kind()]++;
            plan.add(p);
        }
        AtomicInteger[] mismatches = {new AtomicInteger(), new AtomicInteger()};
        AtomicInteger[] failures = {new AtomicInteger(), new AtomicInteger()};
        AtomicReference<String> firstProblem = new AtomicReference<>();
        Map<String, Set<String>> written = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        List<Future<?>> calls = new ArrayList<>();
        for (int r = 0; r < REQUESTS; r++) {
            Planned p = plan.get(r);
            int n = r;
            calls.add(pool.submit(() -> {
                Tenant t = p.tenant();
                String w = "/api/v1/workspaces/" + t.id();
                String client = w + "/clients/" + p.clientId();
                String sent = t.marker() + " note " + n;
                Answer a = switch (p.kind()) {
                    case 0 -> call(p.node(), t.token(), "GET", w, null);
                    case 1 -> call(p.node(), t.token(), "GET", w + "/clients?limit=100", null);
                    case 2 -> call(p.node(), t.token(), "GET", client, null);
                    case 3 -> call(p.node(), t.token(), "POST", client + "/notes", json(Map.of("body", sent)));
                    default -> call(p.node(), t.token(), "GET", client + "/notes?limit=100", null);
                };
                if (a.status() / 100 != 2) {
                    failures[p.node()].incrementAndGet();
                    firstProblem.compareAndSet(null, "node " + (p.node() + 1) + ", kind " + p.kind() + ": " + a.status() + " " + a.body());
                    return;
                }
                boolean own;
                try {
                    JsonPath j = a.json();
                    own = switch (p.kind()) {
                        case 0 -> ("Two nodes " + t.marker()).equals(j.getString("name"));
                        case 1 -> ownItems(j.getList("items.displayName"), t.marker(), 3);
                        case 2 -> p.clientId().equals(j.getString("id")) && j.getString("displayName").startsWith(t.marker() + " ");
                        case 3 -> sent.equals(j.getString("body")) && written.computeIfAbsent(p.clientId(), k -> ConcurrentHashMap.newKeySet())
                                .add(j.getString("id"));
                        default -> ownItems(j.getList("items.body"), t.marker(), 1);
                    };
                } catch (RuntimeException unreadable) {
                    own = false;
                }
                if (!own) {
                    mismatches[p.node()].incrementAndGet();
                    firstProblem.compareAndSet(null, "node " + (p.node() + 1) + ", kind " + p.kind() + ", workspace " + t.marker() + ": " + a.body());
                }
            }));
        }
        for (Future<?> f : calls) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        for (int node = 0; node < 2; node++) {
            System.out.printf("two-node soak: node %d answered %d requests (%d writes, %d reads), mismatches %d, failures %d%n", node + 1,
                    java.util.Arrays.stream(perNode[node]).sum(), perNode[node][3], java.util.Arrays.stream(perNode[node]).sum() - perNode[node][3],
                    mismatches[node].get(), failures[node].get());
        }
        System.out.printf("two-node soak: %d requests of %d workspaces on %d threads over both nodes in %.1f s (%.0f requests per second)%n",
                REQUESTS, WORKSPACES, THREADS, seconds, REQUESTS / seconds);
        assertEquals(0, failures[0].get() + failures[1].get(), "requests that did not succeed; the first: " + firstProblem.get());
        assertEquals(0, mismatches[0].get() + mismatches[1].get(), "answers holding another workspace's data; the first: " + firstProblem.get());

        // every note written through either node is read back through both, and nothing else is
        int notes = 0;
        for (Tenant t : tenants) {
            for (String clientId : t.clientIds()) {
                Set<String> expected = written.getOrDefault(clientId, Set.of());
                for (int node = 0; node < 2; node++) {
                    Answer list = call(node, t.token(), "GET", "/api/v1/workspaces/" + t.id() + "/clients/" + clientId + "/notes?limit=100", null);
                    assertEquals(200, list.status(), list.body());
                    List<String> ids = list.json().getList("items.id");
                    assertTrue(ids.containsAll(expected), "node " + (node + 1) + " misses notes written through the nodes");
                    assertEquals(expected.size() + 1, ids.size(), "the first note and those of the soak, no other");
                }
                notes += expected.size();
            }
        }
        System.out.printf("two-node soak: all %d notes written through either node read back through both%n", notes);
    }

    /** At least {@code atLeast} items, every one of them marked as the workspace's own. */
    static boolean ownItems(List<String> items, String marker, int atLeast) {
        return items != null && items.size() >= atLeast && items.stream().allMatch(s -> s != null && s.startsWith(marker + " "));
    }

    @Test
    @Tag("promise:P-ROLE-2")
    @Tag("promise:P-ISO-3")
    void aMemberRemovedOrLoweredThroughOneNodeIsRefusedOnTheirVeryNextRequestAtTheOther() throws Exception {
        Workspaces.Populated a = Workspaces.populated("Two nodes removal " + UUID.randomUUID().toString().substring(0, 8));
        String w = "/api/v1/workspaces/" + a.id();
        String notes = w + "/clients/" + a.clientId() + "/notes";
        // Every one of them has just been served by node 2, so anything it could keep in memory is warm.
        assertEquals(200, call(1, a.coach().token(), "GET", notes, null).status());
        assertEquals(200, call(1, a.assistant().token(), "GET", w + "/clients", null).status());
        assertEquals(200, call(1, a.client().token(), "GET", w + "/clients/me", null).status());
        assertEquals(200, call(1, a.owner().token(), "GET", w + "/clients", null).status());
        // and node 1 served the other client
        assertEquals(200, call(0, a.otherClient().token(), "GET", w + "/clients/me", null).status());
        Answer missing = call(1, a.assistant().token(), "GET", "/api/v1/workspaces/" + UUID.randomUUID() + "/clients", null);
        assertEquals(404, missing.status());

        // the coach becomes an assistant through node 1: at node 2, coach notes are refused at once (a member without
        // the permission: 403), the workspace is still theirs
        assertEquals(200, TestServer.as(a.owner().token()).contentType("application/json").body(Map.of("role", "assistant"))
                .patch(w + "/staff/{m}", a.coach().membershipId()).statusCode());
        Answer lowered = call(1, a.coach().token(), "GET", notes, null);
        assertEquals(403, lowered.status(), lowered.body());
        assertTrue(lowered.response().headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(200, call(1, a.coach().token(), "GET", w, null).status());

        // the assistant is removed through node 1: at node 2 the workspace is missing to them, exactly like one that never
        // existed
        TestServer.as(a.owner().token()).delete(w + "/staff/{m}", a.assistant().membershipId()).then().statusCode(204);
        Answer removed = call(1, a.assistant().token(), "GET", w + "/clients", null);
        assertEquals(404, removed.status(), removed.body());
        assertEquals(missing.json().getString("type"), removed.json().getString("type"));
        assertEquals(missing.json().getString("title"), removed.json().getString("title"));
        assertEquals(404, call(1, a.assistant().token(), "GET", w, null).status());
        assertFalse(removed.body().contains(a.clientId()), removed.body());

        // a client's access is revoked through node 1: at node 2 their own record is missing to them
        assertEquals(200, TestServer.as(a.owner().token()).delete(w + "/clients/{c}/access", a.clientId()).statusCode());
        Answer revoked = call(1, a.client().token(), "GET", w + "/clients/me", null);
        assertEquals(404, revoked.status(), revoked.body());
        assertEquals(missing.json().getString("type"), revoked.json().getString("type"));

        // and the other way round: the other client revoked through node 2, refused at node 1
        assertEquals(200, call(1, a.owner().token(), "DELETE", w + "/clients/" + a.otherClientId() + "/access", null).status());
        assertEquals(404, call(0, a.otherClient().token(), "GET", w + "/clients/me", null).status());

        // the workspace is suspended (the console's use case has no REST operation: its effect, written in the database):
        // both nodes refuse its members on their next request, and it stays missing to strangers
        suspended(a.id(), true);
        try {
            for (int node = 0; node < 2; node++) {
                Answer refused = call(node, a.owner().token(), "GET", w + "/clients", null);
                assertEquals(403, refused.status(), refused.body());
                assertEquals("https://coachkeep.app/problems/workspace-suspended", refused.json().getString("type"));
                assertEquals(403, call(node, a.coach().token(), "GET", w, null).status());
                assertEquals(404, call(node, Workspaces.signedIn("stranger").token(), "GET", w, null).status());
            }
        } finally {
            suspended(a.id(), false);
        }
        assertEquals(200, call(1, a.owner().token(), "GET", w + "/clients", null).status(), "restored: served again at once");
        System.out.println("two nodes: a lowered role (403), a removed member and two revoked clients (404, like a missing workspace) and a "
                + "suspended workspace (403 on both nodes) were refused on the very next request at the other node");
    }

    static void suspended(String workspaceId, boolean on) throws Exception {
        try (Connection c = DriverManager.getConnection(TestServer.DB_URL, "postgres", "");
                PreparedStatement s = c.prepareStatement("update workspace set suspended_at = " + (on ? "now()" : "null") + " where id = ?::uuid")) {
            s.setString(1, workspaceId);
            assertEquals(1, s.executeUpdate());
        }
    }

    /** What a burst of requests of one person, alternating between the nodes, was answered. */
    static final class Tally {
        final int[] allowed = new int[2];
        final int[] refused = new int[2];
        final List<Answer> refusals = new ArrayList<>();
        final List<String> unexpected = new ArrayList<>();
        long startNanos;
        long endNanos;

        synchronized void add(int node, Answer a, int expectedWhenAllowed) {
            if (a.status() == 429) {
                refused[node]++;
                if (refusals.size() < 4) {
                    refusals.add(a);
                }
            } else {
                allowed[node]++;
                if (a.status() != expectedWhenAllowed && unexpected.size() < 5) {
                    unexpected.add("node " + (node + 1) + ": " + a.status() + " " + a.body());
                }
            }
        }

        synchronized int allowed() {
            return allowed[0] + allowed[1];
        }

        synchronized int refused(int node) {
            return refused[node];
        }

        double seconds() {
            return (endNanos - startNanos) / 1e9;
        }
    }

    /**
     * Sends request {@code i} to node {@code i % 2} from {@code threads} threads until {@code enough} says so (checked
     * before each request) or the deadline passes.
     */
    static Tally burst(int threads, int expectedWhenAllowed, IntFunction<Answer> request, java.util.function.Predicate<Tally> enough,
            Duration deadline) throws Exception {
        Tally tally = new Tally();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long until = System.nanoTime() + deadline.toNanos();
        tally.startNanos = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                while (!enough.test(tally) && System.nanoTime() < until) {
                    int i = next.getAndIncrement();
                    tally.add(i % 2, request.apply(i), expectedWhenAllowed);
                }
            }));
        }
        for (Future<?> f : workers) {
            f.get();
        }
        tally.endNanos = System.nanoTime();
        pool.shutdown();
        return tally;
    }

    /** The quota and window (seconds) a 429 names in its RateLimit-Policy field, which must be the given limit's. */
    static long[] policy(Answer refusal, String limit) {
        String field = refusal.response().headers().firstValue("RateLimit-Policy").orElse("");
        Matcher m = POLICY.matcher(field);
        assertTrue(m.find(), field);
        assertEquals(limit, m.group(1), field);
        return new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(3))};
    }

    static void assertRefusal(Answer refusal) {
        assertEquals("https://coachkeep.app/problems/too-many-requests", refusal.json().getString("type"), refusal.body());
        assertTrue(refusal.response().headers().firstValue("Retry-After").isPresent());
        assertTrue(refusal.response().headers().firstValue("RateLimit").isPresent());
    }

    /** At most the quota and what refilled meanwhile, and (nothing else takes from the bucket) no fewer than the quota. */
    static void assertExactlyCounted(String limit, Tally t) {
        assertTrue(t.unexpected.isEmpty(), t.unexpected.toString());
        assertTrue(t.refused(0) > 0 && t.refused(1) > 0, "both nodes refused once the shared budget was spent");
        Answer refusal = t.refusals.get(0);
        assertRefusal(refusal);
        long[] p = policy(refusal, limit);
        long refilled = (long) Math.floor(p[0] * t.seconds() / p[1]);
        System.out.printf("two nodes, limit %s (%d per %d s, counted in the database): node 1 let %d through and refused %d, node 2 let %d "
                + "through and refused %d in %.1f s: %d in total, quota %d plus %d refilled meanwhile%n", limit, p[0], p[1], t.allowed[0],
                t.refused[0], t.allowed[1], t.refused[1], t.seconds(), t.allowed(), p[0], refilled);
        assertTrue(t.allowed() <= p[0] + refilled, "both nodes together let through more than the quota: " + t.allowed());
        assertTrue(t.allowed() >= p[0], "the quota was not granted in full: " + t.allowed());
    }

    @Test
    @Tag("promise:P-LOG-1")
    void anInvitationGuessersBudgetIsOneBudgetForBothNodes() throws Exception {
        Member guesser = Workspaces.signedIn("guesser");
        assertEquals(200, call(0, guesser.token(), "GET", "/api/v1/me", null).status());
        Random random = new Random();
        Tally t = burst(8, 404, i -> {
            byte[] guess = new byte[32];
            synchronized (random) {
                random.nextBytes(guess);
            }
            String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(guess);
            return call(i % 2, guesser.token(), "POST", "/api/v1/invitations/" + token + "/accept", null);
        }, tally -> tally.refused(0) >= 10 && tally.refused(1) >= 10, Duration.ofSeconds(60));
        assertExactlyCounted("invitation-accept", t);
    }

    @Test
    @Tag("promise:P-LOG-1")
    void lookUpsThatFindNothingAreCountedOnceForBothNodes() throws Exception {
        Member enumerator = Workspaces.signedIn("enumerator");
        assertEquals(200, call(0, enumerator.token(), "GET", "/api/v1/me", null).status());
        String missing = "/api/v1/workspaces/" + UUID.randomUUID();
        Tally t = burst(8, 404, i -> call(i % 2, enumerator.token(), "GET", missing, null),
                tally -> tally.refused(0) >= 20 && tally.refused(1) >= 20, Duration.ofSeconds(60));
        assertExactlyCounted("not-found", t);
    }

    /**
     * The person limit (6,000 a minute by default) is counted on each node first, so two nodes may together let through
     * up to 2% of it more than the shared bucket holds. To reach its end at once, however fast this machine can send,
     * the test itself takes whatever the person's bucket holds straight in the shared table every 20 ms, as a third node
     * would (exact takes, nothing counted locally), while requests alternate between the two nodes until both refuse.
     * What the nodes let through beyond the bucket is then their local counting alone.
     */
    @Test
    @Tag("promise:P-LOG-1")
    void aLimitCountedOnEachNodeFirstLetsThroughAtMostOnePercentOfItsQuotaMorePerNode() throws Exception {
        Member busy = Workspaces.signedIn("busy");
        long createdAt = System.nanoTime();
        Answer first = call(0, busy.token(), "GET", "/api/v1/me", null);
        assertEquals(200, first.status(), first.body());
        long[] p = policy(first, "person");
        long quota = p[0];
        Duration window = Duration.ofSeconds(p[1]);
        BucketProxy bucket = sharedBucket("person\n" + TestServer.ISSUER + " " + busy.person().subject(), quota, window);
        AtomicLong taken = new AtomicLong(bucket.tryConsumeAsMuchAsPossible());
        ScheduledExecutorService thirdNode = Executors.newSingleThreadScheduledExecutor();
        thirdNode.scheduleWithFixedDelay(() -> taken.addAndGet(bucket.tryConsumeAsMuchAsPossible()), 20, 20, TimeUnit.MILLISECONDS);
        Tally t;
        try {
            t = burst(16, 200, i -> call(i % 2, busy.token(), "GET", "/api/v1/me", null),
                    tally -> tally.refused(0) >= 50 && tally.refused(1) >= 50, Duration.ofSeconds(60));
        } finally {
            thirdNode.shutdown();
            assertTrue(thirdNode.awaitTermination(10, TimeUnit.SECONDS));
        }
        assertTrue(t.unexpected.isEmpty(), t.unexpected.toString());
        assertTrue(t.refused(0) >= 50 && t.refused(1) >= 50, "the person's limit was not reached on both nodes within a minute: node 1 "
                + "refused " + t.refused(0) + ", node 2 " + t.refused(1));
        assertRefusal(t.refusals.get(0));
        assertEquals(quota, policy(t.refusals.get(0), "person")[0]);
        double seconds = (t.endNanos - createdAt) / 1e9;
        double refilled = quota * seconds / window.toSeconds();
        long perNode = Math.max(1, quota / 100);
        long nodes = t.allowed() + 1;
        double beyond = nodes + taken.get() - quota - refilled;
        System.out.printf("two nodes, limit person (%d per %d s, counted on each node and written every %d requests or 500 ms): node 1 let "
                + "%d through and refused %d, node 2 let %d through and refused %d in %.1f s (%.0f requests per second) while the test took "
                + "%d from the shared bucket: %d in all against a quota of %d plus %.0f refilled meanwhile: %+.0f beyond the shared bucket "
                + "(the documented bound: %d per node, %d for two)%n",
                quota, window.toSeconds(), perNode, t.allowed[0] + 1, t.refused[0], t.allowed[1], t.refused[1], t.seconds(),
                (t.allowed() + t.refused(0) + t.refused(1)) / t.seconds(), taken.get(), nodes + taken.get(), quota, refilled, beyond, perNode,
                2 * perNode);
        assertTrue(nodes + taken.get() <= quota + refilled + 2 * perNode, "more than 1% of the quota per node beyond the shared bucket: "
                + beyond);
    }

    /**
     * A bucket of the shared table ({@code rate_limit_bucket}) through Bucket4j's PostgreSQL back end as the server
     * configures it, without local counting: every take is one exact round trip. The row's id is the SHA-256 of the
     * limit's name and the subject, as the server keys it.
     */
    static BucketProxy sharedBucket(String limitAndSubject, long quota, Duration window) throws Exception {
        PGSimpleDataSource db = new PGSimpleDataSource();
        db.setURL(TestServer.DB_URL);
        db.setUser("postgres");
        var proxies = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(db).primaryKeyMapper(PrimaryKeyMapper.STRING).table("rate_limit_bucket")
                .idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1))).build();
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(quota).refillGreedy(quota, window).build()).build();
        String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(limitAndSubject.getBytes(StandardCharsets.UTF_8)));
        return proxies.builder().build(id, () -> configuration);
    }
}
