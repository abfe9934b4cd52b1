package com.coachkeep.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.stripe.Stripe;
import com.stripe.net.Webhook;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Billing against a WireMock stub of Stripe's API (answers shaped like Stripe's objects), with webhook deliveries signed
 * by stripe-java's own {@link Webhook.Signature} helper under the test server's secrets: Connect onboarding with
 * idempotency keys, account.updated mirrored and never moved backwards, every event of a scenario replayed twice in
 * shuffled order yielding the identical ledger, forged, stale and wrongly signed deliveries refused with nothing stored,
 * an unreadable event kept as an error, and the inbox's throughput.
 */
class BillingIT {
    static final int STRIPE_PORT = Integer.getInteger("coachkeep.test.stripePort", 19290);
    static final String PLATFORM_SECRET = "whsec_coachkeep_it_platform";
    static final String CONNECT_SECRET = "whsec_coachkeep_it_connect";
    static final String CONNECT = "/api/v1/billing/webhooks/connect";
    static final String PLATFORM = "/api/v1/billing/webhooks/platform";

    static WireMockServer stripe;

    @BeforeAll
    static void stubStripe() {
        stripe = new WireMockServer(WireMockConfiguration.options().port(STRIPE_PORT).bindAddress("127.0.0.1"));
        stripe.start();
        stripe.stubFor(post(urlEqualTo("/v1/account_links")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("Request-Id", "req_links").withBody("{\"object\":\"account_link\",\"created\":" + Instant.now().getEpochSecond()
                        + ",\"expires_at\":" + (Instant.now().getEpochSecond() + 300) + ",\"url\":\"https://connect.stripe.com/setup/e/acct_x/onboard\"}")));
    }

    @AfterAll
    static void stop() {
        if (stripe != null) {
            stripe.stop();
        }
    }

    /** A workspace whose owner has started onboarding: its Stripe account id. */
    static String onboarded(Workspaces.Populated w) {
        String account = "acct_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        stripe.stubFor(post(urlEqualTo("/v1/accounts")).withHeader("Idempotency-Key", equalTo("connect-account:" + w.id()))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withHeader("Request-Id", "req_acct")
                        .withBody("{\"id\":\"" + account + "\",\"object\":\"account\",\"charges_enabled\":false,\"details_submitted\":false,"
                                + "\"payouts_enabled\":false,\"metadata\":{\"coachkeep_workspace_id\":\"" + w.id() + "\"}}")));
        Response link = TestServer.as(w.owner().token()).post("/api/v1/workspaces/{w}/billing/connect/onboarding-links", w.id());
        assertEquals(201, link.statusCode(), link.asString());
        assertEquals(account, link.path("stripeAccountId"));
        return account;
    }

    // --- Stripe-shaped events -------------------------------------------------------------------------------------

    static String event(String id, String type, long created, String account, String object) {
        return "{\n  \"id\": \"" + id + "\",\n  \"object\": \"event\",\n  \"api_version\": \"" + Stripe.API_VERSION + "\",\n  \"created\": " + created
                + ",\n  \"account\": " + (account == null ? "null" : "\"" + account + "\"") + ",\n  \"livemode\": false,\n  \"pending_webhooks\": 1,\n"
                + "  \"type\": \"" + type + "\",\n  \"data\": {\n    \"object\": " + object + "\n  }\n}";
    }

    static String accountObject(String account, boolean details, boolean charges, boolean payouts, List<String> due) {
        return "{\"id\":\"" + account + "\",\"object\":\"account\",\"details_submitted\":" + details + ",\"charges_enabled\":" + charges
                + ",\"payouts_enabled\":" + payouts + ",\"requirements\":{\"currently_due\":[" + String.join(",", due.stream().map(d -> "\"" + d + "\"").toList())
                + "],\"past_due\":[]}}";
    }

    static String invoiceObject(String invoice, String status, long due, long paid, int attempts, Long nextAttempt) {
        return "{\"id\":\"" + invoice + "\",\"object\":\"invoice\",\"customer\":\"cus_client1\",\"status\":\"" + status + "\",\"amount_due\":" + due
                + ",\"amount_paid\":" + paid + ",\"currency\":\"eur\",\"attempt_count\":" + attempts + ",\"next_payment_attempt\":"
                + (nextAttempt == null ? "null" : nextAttempt)
                + ",\"parent\":{\"type\":\"subscription_details\",\"subscription_details\":{\"subscription\":\"sub_client1\"}}}";
    }

    static String sign(String payload, String secret, long timestamp) throws Exception {
        String signature = Webhook.Util.computeHmacSha256(secret, timestamp + "." + payload);
        return "t=" + timestamp + "," + Webhook.Signature.EXPECTED_SCHEME + "=" + signature;
    }

    static Response deliver(String path, String payload, String signatureHeader) {
        var r = TestServer.request().contentType("application/json; charset=utf-8").body(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (signatureHeader != null) {
            r = r.header("Stripe-Signature", signatureHeader);
        }
        return r.post(path);
    }

    static Response deliverSigned(String path, String payload) throws Exception {
        return deliver(path, payload, Webhook.Signature.generateSignatureHeader(payload, path.equals(CONNECT) ? CONNECT_SECRET : PLATFORM_SECRET));
    }

    /**
     * Delivers signed Connect events all at the same moment, from {@code threads} senders released together, and checks
     * that each was answered {@code 200}: with the second node up, both inboxes then apply them side by side.
     */
    static void deliverAtOnce(List<String> payloads, int threads) throws Exception {
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> sent = new ArrayList<>();
            for (String payload : payloads) {
                sent.add(senders.submit(() -> {
                    go.await();
                    return deliverSigned(CONNECT, payload).statusCode();
                }));
            }
            go.countDown();
            for (java.util.concurrent.Future<Integer> f : sent) {
                assertEquals(200, f.get());
            }
        } finally {
            senders.shutdownNow();
        }
    }

    // --- the database ---------------------------------------------------------------------------------------------

    static Connection db() throws SQLException {
        return DriverManager.getConnection(TestServer.DB_URL, "postgres", "");
    }

    static String status(String eventId) throws SQLException {
        try (Connection c = db(); var q = c.prepareStatement("select status from billing_webhook_event where event_id = ?")) {
            q.setString(1, eventId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Waits until none of these events is pending any more (the inbox applied them), at most the deadline. */
    static void awaitApplied(List<String> eventIds, Duration deadline) throws Exception {
        Instant end = Instant.now().plus(deadline);
        while (true) {
            long pending;
            try (Connection c = db(); var q = c.prepareStatement("select count(*) from billing_webhook_event where event_id = any(?) and status = 'pending'")) {
                q.setArray(1, c.createArrayOf("varchar", eventIds.toArray()));
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    pending = rs.getLong(1);
                }
            }
            if (pending == 0) {
                return;
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError(pending + " of " + eventIds.size() + " events still pending after " + deadline);
            }
            Thread.onSpinWait();
            Thread.sleep(20);
        }
    }

    static List<Map<String, Object>> ledger(Workspaces.Populated w) {
        Response r = TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/billing/invoices", w.id());
        assertEquals(200, r.statusCode(), r.asString());
        return r.path("items");
    }

    // --- the tests ------------------------------------------------------------------------------------------------

    @Test
    void onboardingCreatesOneAccountWithAnIdempotencyKeyAndMirrorsItsStateNeverBackwards() throws Exception {
        Workspaces.Populated w = Workspaces.populated("Billing onboarding " + UUID.randomUUID().toString().substring(0, 8));
        Response before = TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/billing/connect", w.id());
        assertEquals(200, before.statusCode(), before.asString());
        assertEquals("not_started", before.path("status"));

        String account = onboarded(w);
        // a second request continues with the same account: a fresh link, no second account
        Response again = TestServer.as(w.owner().token()).post("/api/v1/workspaces/{w}/billing/connect/onboarding-links", w.id());
        assertEquals(201, again.statusCode(), again.asString());
        assertEquals(account, again.path("stripeAccountId"));
        assertEquals("https://connect.stripe.com/setup/e/acct_x/onboard", again.path("url"));
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/accounts")).withHeader("Idempotency-Key", equalTo("connect-account:" + w.id())));
        // every mutating call carried an idempotency key
        var links = stripe.findAll(postRequestedFor(urlEqualTo("/v1/account_links")).withRequestBody(containing("account=" + account)));
        assertEquals(2, links.size());
        for (var request : links) {
            assertTrue(request.getHeader("Idempotency-Key").startsWith("account-link:" + account + ":"), request.getHeader("Idempotency-Key"));
        }
        assertEquals("onboarding", TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/billing/connect", w.id()).path("status"));

        long now = Instant.now().getEpochSecond();
        String newer = "evt_acct_new_" + UUID.randomUUID().toString().substring(0, 8);
        String older = "evt_acct_old_" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(200, deliverSigned(CONNECT, event(newer, "account.updated", now - 10, account,
                accountObject(account, true, true, true, List.of()))).statusCode());
        awaitApplied(List.of(newer), Duration.ofSeconds(20));
        // Stripe delivers an older state late: it does not move the mirror backwards
        assertEquals(200, deliverSigned(CONNECT, event(older, "account.updated", now - 100, account,
                accountObject(account, false, false, false, List.of("external_account")))).statusCode());
        awaitApplied(List.of(older), Duration.ofSeconds(20));
        assertEquals("processed", status(older));
        Response state = TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/billing/connect", w.id());
        assertEquals("ready", state.path("status"), state.asString());
        assertEquals(true, state.path("chargesEnabled"));
        assertEquals(List.of(), state.path("requirementsDue"));
        assertEquals(Instant.ofEpochSecond(now - 10).toString(), state.path("stateAt"));

        // billing is the owner's: a coach without BILLING_READ is refused
        assertEquals(403, TestServer.as(w.coach().token()).get("/api/v1/workspaces/{w}/billing/connect", w.id()).statusCode());
        assertEquals(403, TestServer.as(w.coach().token()).post("/api/v1/workspaces/{w}/billing/connect/onboarding-links", w.id()).statusCode());
    }

    /** One scenario of a client's subscription: two invoices, a failed renewal retried twice, then paid; and the account. */
    static List<String[]> scenario(String prefix, String account, long t0) {
        List<String[]> events = new ArrayList<>();
        long next = t0 + 3 * 86_400;
        events.add(new String[] {prefix + "01", event(prefix + "01", "account.updated", t0, account, accountObject(account, true, false, false, List.of("external_account")))});
        events.add(new String[] {prefix + "02", event(prefix + "02", "account.updated", t0 + 5, account, accountObject(account, true, true, true, List.of()))});
        events.add(new String[] {prefix + "03", event(prefix + "03", "invoice.created", t0 + 10, account, invoiceObject("in_first", "draft", 4900, 0, 0, null))});
        events.add(new String[] {prefix + "04", event(prefix + "04", "invoice.finalized", t0 + 11, account, invoiceObject("in_first", "open", 4900, 0, 0, null))});
        events.add(new String[] {prefix + "05", event(prefix + "05", "invoice.paid", t0 + 12, account, invoiceObject("in_first", "paid", 4900, 4900, 1, null))});
        events.add(new String[] {prefix + "06", event(prefix + "06", "invoice.created", t0 + 100, account, invoiceObject("in_renewal", "draft", 4900, 0, 0, null))});
        events.add(new String[] {prefix + "07", event(prefix + "07", "invoice.finalized", t0 + 101, account, invoiceObject("in_renewal", "open", 4900, 0, 0, null))});
        events.add(new String[] {prefix + "08", event(prefix + "08", "invoice.payment_failed", t0 + 102, account, invoiceObject("in_renewal", "open", 4900, 0, 1, next))});
        events.add(new String[] {prefix + "09", event(prefix + "09", "invoice.payment_failed", t0 + 103, account, invoiceObject("in_renewal", "open", 4900, 0, 2, next + 86_400))});
        events.add(new String[] {prefix + "10", event(prefix + "10", "invoice.paid", t0 + 104, account, invoiceObject("in_renewal", "paid", 4900, 4900, 3, null))});
        events.add(new String[] {prefix + "11", event(prefix + "11", "customer.created", t0 + 105, account, "{\"id\":\"cus_client1\",\"object\":\"customer\"}")});
        return events;
    }

    @Test
    void everyWebhookOfAScenarioReplayedTwiceInShuffledOrderYieldsTheIdenticalLedger() throws Exception {
        Workspaces.Populated inOrder = Workspaces.populated("Billing in order " + UUID.randomUUID().toString().substring(0, 8));
        Workspaces.Populated replayed = Workspaces.populated("Billing replayed " + UUID.randomUUID().toString().substring(0, 8));
        String a1 = onboarded(inOrder);
        String a2 = onboarded(replayed);
        long t0 = Instant.now().getEpochSecond() - 3600;
        String run = UUID.randomUUID().toString().substring(0, 8);

        List<String[]> once = scenario("evt_" + run + "_a_", a1, t0);
        for (String[] e : once) {
            Response r = deliverSigned(CONNECT, e[1]);
            assertEquals(200, r.statusCode(), r.asString());
            assertEquals(false, r.path("duplicate"));
        }
        List<String[]> twice = new ArrayList<>(scenario("evt_" + run + "_b_", a2, t0));
        twice.addAll(scenario("evt_" + run + "_b_", a2, t0));
        Collections.shuffle(twice, new Random(16));
        int duplicates = 0;
        for (String[] e : twice) {
            Response r = deliverSigned(CONNECT, e[1]);
            assertEquals(200, r.statusCode(), r.asString());
            duplicates += Boolean.TRUE.equals(r.path("duplicate")) ? 1 : 0;
        }
        // the second copy of each event may arrive while the first is still pending or already applied: a duplicate either way
        assertEquals(once.size(), duplicates);
        List<String> ids = new ArrayList<>(once.stream().map(e -> e[0]).toList());
        ids.addAll(twice.stream().map(e -> e[0]).distinct().toList());
        awaitApplied(ids, Duration.ofSeconds(30));

        List<Map<String, Object>> expected = ledger(inOrder);
        List<Map<String, Object>> actual = ledger(replayed);
        assertEquals(2, expected.size(), expected.toString());
        assertEquals(expected, actual);
        Map<String, Object> renewal = expected.stream().filter(i -> i.get("id").equals("in_renewal")).findFirst().orElseThrow();
        assertEquals("paid", renewal.get("status"));
        assertEquals(4900, renewal.get("amountPaid"));
        assertEquals(3, renewal.get("attemptCount"));
        // the figures come from the mirror: the same for both
        Map<String, Object> figures = TestServer.as(inOrder.owner().token()).get("/api/v1/workspaces/{w}/billing/figures", inOrder.id()).path("");
        assertEquals(figures, TestServer.as(replayed.owner().token()).get("/api/v1/workspaces/{w}/billing/figures", replayed.id()).path(""));
        assertEquals(List.of(Map.of("currency", "eur", "payingClients", 1, "recurringRevenueLast30Days", 9800, "collectedLast30Days", 9800,
                "failedOpenInvoices", 0, "failedOpenAmount", 0, "refundsLast30Days", 0, "refundedLast30Days", 0)), figures.get("currencies"));
        assertEquals(TestServer.as(inOrder.owner().token()).get("/api/v1/workspaces/{w}/billing/connect", inOrder.id()).<Map<String, Object>>path(""),
                withAccount(TestServer.as(replayed.owner().token()).get("/api/v1/workspaces/{w}/billing/connect", replayed.id()).path(""), a1));
        // each event stored once; the one billing does not mirror is kept as ignored, not lost
        try (Connection c = db(); var q = c.prepareStatement("select status, count(*) from billing_webhook_event where event_id like ? group by status order by 1")) {
            q.setString(1, "evt_" + run + "_b_%");
            try (ResultSet rs = q.executeQuery()) {
                Map<String, Long> counts = new java.util.TreeMap<>();
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
                assertEquals(Map.of("ignored", 1L, "processed", (long) once.size() - 1), counts);
            }
        }
        System.out.println("[billing] replay: " + once.size() + " events in order to one workspace, " + twice.size()
                + " deliveries (each event twice, shuffled) to another: " + duplicates + " answered as duplicates, " + once.size()
                + " applied; ledgers identical (" + expected.size() + " invoices)");
    }

    static Map<String, Object> withAccount(Map<String, Object> state, String account) {
        Map<String, Object> m = new java.util.LinkedHashMap<>(state);
        m.put("stripeAccountId", account);
        return m;
    }

    @Test
    void forgedStaleAndWronglySignedWebhooksAreRefusedAndNothingIsStored() throws Exception {
        long now = Instant.now().getEpochSecond();
        String id = "evt_forged_" + UUID.randomUUID().toString().substring(0, 8);
        String payload = event(id, "invoice.paid", now, "acct_forged", invoiceObject("in_forged", "paid", 100, 100, 1, null));
        List<Response> refused = List.of(
                deliver(CONNECT, payload, null),
                deliver(CONNECT, payload, "garbage"),
                deliver(CONNECT, payload, sign(payload, "whsec_not_the_secret", now)),
                deliver(CONNECT, payload, sign(payload, CONNECT_SECRET, now - 600)),
                deliver(CONNECT, payload.replace("\"amount_paid\":100", "\"amount_paid\":1"), sign(payload, CONNECT_SECRET, now)),
                deliver(CONNECT, payload, sign(payload, PLATFORM_SECRET, now)),
                deliver(PLATFORM, payload, sign(payload, CONNECT_SECRET, now)));
        for (Response r : refused) {
            assertEquals(422, r.statusCode(), r.asString());
            assertEquals("https://coachkeep.app/problems/webhook-signature-invalid", r.path("type"));
        }
        assertTrue(refused.get(3).<String>path("detail").contains("tolerance"), refused.get(3).asString());
        assertEquals(null, status(id));
        // the same event signed rightly is taken
        assertEquals(200, deliver(CONNECT, payload, sign(payload, CONNECT_SECRET, now)).statusCode());
        assertNotNull(status(id));
    }

    @Test
    void anAuthenticEventThatCannotBeReadIsKeptAsAnErrorNeverDropped() throws Exception {
        long now = Instant.now().getEpochSecond();
        String id = "evt_unreadable_" + UUID.randomUUID().toString().substring(0, 8);
        String payload = "{\"id\":\"" + id + "\",\"object\":\"event\",\"api_version\":\"" + Stripe.API_VERSION + "\",\"created\":" + now
                + ",\"type\":\"invoice.paid\",\"account\":\"acct_nobody\",\"data\":{\"object\":[1,2,3]}}";
        Response r = deliverSigned(CONNECT, payload);
        assertEquals(200, r.statusCode(), r.asString());
        String notJson = "this is not json " + UUID.randomUUID();
        Response r2 = deliverSigned(CONNECT, notJson);
        assertEquals(200, r2.statusCode(), r2.asString());
        String id2 = r2.path("eventId");
        assertTrue(id2.startsWith("unreadable_"), id2);
        // an event for an account no workspace has is kept too
        String orphan = "evt_orphan_" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(200, deliverSigned(CONNECT, event(orphan, "invoice.paid", now, "acct_nobody",
                invoiceObject("in_orphan", "paid", 100, 100, 1, null))).statusCode());
        awaitApplied(List.of(id, id2, orphan), Duration.ofSeconds(20));
        try (Connection c = db(); var q = c.prepareStatement("select event_id, status, payload is not null, error from billing_webhook_event "
                + "where event_id = any(?) order by event_id")) {
            q.setArray(1, c.createArrayOf("varchar", new String[] {id, id2, orphan}));
            try (ResultSet rs = q.executeQuery()) {
                int n = 0;
                while (rs.next()) {
                    n++;
                    assertEquals("failed", rs.getString(2), rs.getString(1));
                    assertTrue(rs.getBoolean(3), rs.getString(1) + " lost its payload");
                    assertFalse(rs.getString(4).isBlank());
                }
                assertEquals(3, n);
            }
        }
    }

    @Test
    void theInboxAppliesHundredsOfEventsAndReportsItsRate() throws Exception {
        Workspaces.Populated w = Workspaces.populated("Billing throughput " + UUID.randomUUID().toString().substring(0, 8));
        String account = onboarded(w);
        long t0 = Instant.now().getEpochSecond() - 7200;
        String run = UUID.randomUUID().toString().substring(0, 8);
        int n = 400;
        List<String> payloads = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = "evt_rate_" + run + "_" + i;
            ids.add(id);
            payloads.add(event(id, "invoice.paid", t0 + i, account, invoiceObject("in_rate_" + (i % 50), "paid", 1000 + i, 1000 + i, 1, null)));
        }
        // eight senders at once, as Stripe delivers concurrently
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(8);
        long start = System.nanoTime();
        List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
        for (String p : payloads) {
            answers.add(senders.submit(() -> http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(TestServer.BASE_URL + CONNECT))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("Stripe-Signature", Webhook.Signature.generateSignatureHeader(p, CONNECT_SECRET))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(p)).build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode()));
        }
        for (var a : answers) {
            assertEquals(200, a.get());
        }
        senders.shutdown();
        long received = System.nanoTime();
        awaitApplied(ids, Duration.ofSeconds(120));
        long applied = System.nanoTime();
        double inboxRate;
        try (Connection c = db(); var q = c.prepareStatement("select count(*), extract(epoch from max(processed_at) - min(processed_at)) "
                + "from billing_webhook_event where event_id = any(?)")) {
            q.setArray(1, c.createArrayOf("varchar", ids.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertEquals(n, rs.getLong(1));
                inboxRate = (n - 1) / Math.max(0.001, rs.getDouble(2));
            }
        }
        List<Map<String, Object>> invoices = ledger(w);
        assertEquals(50, invoices.size());
        // each invoice holds its newest event's amount
        for (Map<String, Object> i : invoices) {
            int k = Integer.parseInt(((String) i.get("id")).substring("in_rate_".length()));
            assertEquals(1000 + 350 + k, i.get("amountPaid"), i.toString());
        }
        double receiveSeconds = (received - start) / 1e9;
        double totalSeconds = (applied - start) / 1e9;
        System.out.printf("[billing] throughput: %d signed deliveries received in %.2f s (%.0f/s, 8 concurrent senders); all applied "
                + "%.2f s after the first (%.0f events/s end to end); the inbox applied them at %.0f events/s (first to last applied)%n",
                n, receiveSeconds, n / receiveSeconds, totalSeconds, n / totalSeconds, inboxRate);
    }

    @Test
    void aFailedRenewalIsRetriedByTheCoachAtOnceAndPaidOrDeclined() throws Exception {
        long flowStart = System.nanoTime();
        Workspaces.Populated w = Workspaces.populated("Billing retry " + UUID.randomUUID().toString().substring(0, 8));
        String account = onboarded(w);
        long now = Instant.now().getEpochSecond();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String invoice = "in_retry_" + run;
        String declined = "in_declined_" + run;
        List<String> ids = List.of("evt_" + run + "_1", "evt_" + run + "_2", "evt_" + run + "_3");
        assertEquals(200, deliverSigned(CONNECT, event(ids.get(0), "account.updated", now - 60, account,
                accountObject(account, true, true, true, List.of()))).statusCode());
        assertEquals(200, deliverSigned(CONNECT, event(ids.get(1), "invoice.payment_failed", now - 50, account,
                invoiceObject(invoice, "open", 4900, 0, 1, now + 3 * 86_400))).statusCode());
        assertEquals(200, deliverSigned(CONNECT, event(ids.get(2), "invoice.payment_failed", now - 40, account,
                invoiceObject(declined, "open", 2900, 0, 2, now + 86_400))).statusCode());
        awaitApplied(ids, Duration.ofSeconds(20));
        Map<String, Object> failed = ledger(w).stream().filter(i -> i.get("id").equals(invoice)).findFirst().orElseThrow();
        assertEquals("open", failed.get("status"));
        assertEquals(Instant.ofEpochSecond(now + 3 * 86_400).toString(), failed.get("nextPaymentAttempt"));

        stripe.stubFor(post(urlEqualTo("/v1/invoices/" + invoice + "/pay")).willReturn(aResponse().withStatus(200).withHeader("Content-Type",
                "application/json").withBody(invoiceObject(invoice, "paid", 4900, 4900, 2, null))));
        stripe.stubFor(post(urlEqualTo("/v1/invoices/" + declined + "/pay")).willReturn(aResponse().withStatus(402).withHeader("Content-Type",
                "application/json").withBody("{\"error\":{\"type\":\"card_error\",\"code\":\"card_declined\",\"decline_code\":\"insufficient_funds\","
                        + "\"message\":\"Your card has insufficient funds.\"}}")));
        assertEquals(403, TestServer.as(w.coach().token()).post("/api/v1/workspaces/{w}/billing/invoices/{i}/retry", w.id(), invoice).statusCode());
        Response paid = TestServer.as(w.owner().token()).post("/api/v1/workspaces/{w}/billing/invoices/{i}/retry", w.id(), invoice);
        assertEquals(200, paid.statusCode(), paid.asString());
        assertEquals("paid", paid.path("status"));
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/invoices/" + invoice + "/pay")).withHeader("Stripe-Account", equalTo(account))
                .withHeader("Idempotency-Key", equalTo("invoice-pay:" + invoice + ":1")));
        // Stripe's event of the payment brings the mirror along
        String paidEvent = "evt_" + run + "_4";
        assertEquals(200, deliverSigned(CONNECT, event(paidEvent, "invoice.paid", now - 30, account,
                invoiceObject(invoice, "paid", 4900, 4900, 2, null))).statusCode());
        awaitApplied(List.of(paidEvent), Duration.ofSeconds(20));
        assertEquals("paid", ledger(w).stream().filter(i -> i.get("id").equals(invoice)).findFirst().orElseThrow().get("status"));
        double flowSeconds = (System.nanoTime() - flowStart) / 1e9;

        Response again = TestServer.as(w.owner().token()).post("/api/v1/workspaces/{w}/billing/invoices/{i}/retry", w.id(), invoice);
        assertEquals(409, again.statusCode(), again.asString());
        assertEquals("https://coachkeep.app/problems/invoice-not-open", again.path("type"));
        Response no = TestServer.as(w.owner().token()).post("/api/v1/workspaces/{w}/billing/invoices/{i}/retry", w.id(), declined);
        assertEquals(402, no.statusCode(), no.asString());
        assertEquals("https://coachkeep.app/problems/payment-declined", no.path("type"));
        assertTrue(no.<String>path("detail").contains("insufficient_funds"), no.asString());
        assertEquals(404, TestServer.as(w.owner().token()).post("/api/v1/workspaces/{w}/billing/invoices/{i}/retry", w.id(), "in_nope_" + run)
                .statusCode());
        System.out.printf("[billing] flow: onboard, account ready, renewal failed, coach retried, paid and mirrored: %.2f s%n", flowSeconds);
    }

    @Test
    void anOfferIsAProductAndPricesOnTheCoachsOwnAccountEachWithItsIdempotencyKey() throws Exception {
        Workspaces.Populated w = Workspaces.populated("Billing offers " + UUID.randomUUID().toString().substring(0, 8));
        Map<String, Object> offer = Map.of("name", "12-week coaching", "interval", "month", "amount", 4900, "currency", "EUR", "trialDays", 14,
                "setupFee", 2500);
        Response early = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(offer).post("/api/v1/workspaces/{w}/billing/offers", w.id());
        assertEquals(409, early.statusCode(), early.asString());
        assertEquals("https://coachkeep.app/problems/connected-account-missing", early.path("type"));
        String account = onboarded(w);
        String run = UUID.randomUUID().toString().substring(0, 8);
        stripe.stubFor(post(urlEqualTo("/v1/products")).withHeader("Stripe-Account", equalTo(account)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"prod_" + run + "\",\"object\":\"product\",\"name\":\"12-week coaching\"}")));
        stripe.stubFor(post(urlEqualTo("/v1/prices")).withHeader("Stripe-Account", equalTo(account)).withRequestBody(containing("recurring"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"price_" + run + "\",\"object\":\"price\",\"unit_amount\":4900,\"currency\":\"eur\"}")));
        stripe.stubFor(post(urlEqualTo("/v1/prices")).withHeader("Stripe-Account", equalTo(account)).withRequestBody(containing("unit_amount=2500"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"price_setup_" + run + "\",\"object\":\"price\",\"unit_amount\":2500,\"currency\":\"eur\"}")));
        Response bad = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("name", "Session", "amount", 9000, "currency", "eur",
                "trialDays", 7)).post("/api/v1/workspaces/{w}/billing/offers", w.id());
        assertEquals(400, bad.statusCode(), bad.asString());
        assertEquals(List.of("trialDays"), bad.path("errors.field"));
        assertEquals(403, TestServer.as(w.coach().token()).contentType(ContentType.JSON).body(offer).post("/api/v1/workspaces/{w}/billing/offers", w.id())
                .statusCode());
        Response created = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(offer).post("/api/v1/workspaces/{w}/billing/offers", w.id());
        assertEquals(201, created.statusCode(), created.asString());
        assertEquals("month", created.path("interval"));
        assertEquals("eur", created.path("currency"));
        assertEquals("price_" + run, created.path("stripePriceId"));
        String id = created.path("id");
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/products")).withHeader("Idempotency-Key", equalTo("offer:" + id + ":product")));
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/prices")).withHeader("Idempotency-Key", equalTo("offer:" + id + ":price"))
                .withRequestBody(matching(".*recurring(\\[|%5B)interval(\\]|%5D)=month.*")).withRequestBody(containing("unit_amount=4900")));
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/prices")).withHeader("Idempotency-Key", equalTo("offer:" + id + ":setup-price")));
        List<Map<String, Object>> listed = TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/billing/offers", w.id()).path("items");
        assertEquals(1, listed.size());
        assertEquals(14, listed.get(0).get("trialDays"));
        assertEquals(2500, listed.get(0).get("setupFee"));
    }

    @Test
    void aCouponWithAPromotionCodeIsMadeOnTheCoachsOwnAccountListedAndDeactivated() throws Exception {
        Workspaces.Populated w = Workspaces.populated("Billing coupons " + UUID.randomUUID().toString().substring(0, 8));
        Map<String, Object> coupon = Map.of("name", "Spring 20%", "percentOff", 20, "duration", "repeating", "durationInMonths", 3,
                "maxRedemptions", 50, "redeemBy", Instant.now().plus(Duration.ofDays(30)).toString(), "code", "spring20");
        Response early = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(coupon).post("/api/v1/workspaces/{w}/billing/coupons", w.id());
        assertEquals(409, early.statusCode(), early.asString());
        assertEquals("https://coachkeep.app/problems/connected-account-missing", early.path("type"));
        String account = onboarded(w);
        String run = UUID.randomUUID().toString().substring(0, 8);
        stripe.stubFor(post(urlEqualTo("/v1/coupons")).withHeader("Stripe-Account", equalTo(account)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"cpn_" + run + "\",\"object\":\"coupon\",\"percent_off\":20}")));
        stripe.stubFor(post(urlEqualTo("/v1/promotion_codes")).withHeader("Stripe-Account", equalTo(account)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"promo_" + run + "\",\"object\":\"promotion_code\",\"code\":\"SPRING20\",\"active\":true}")));
        stripe.stubFor(post(urlEqualTo("/v1/promotion_codes/promo_" + run)).withHeader("Stripe-Account", equalTo(account)).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"promo_" + run + "\",\"object\":\"promotion_code\",\"code\":\"SPRING20\",\"active\":false}")));

        Response bad = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("name", "Both", "percentOff", 10, "amountOff", 500,
                "currency", "eur", "duration", "sometimes", "code", "x")).post("/api/v1/workspaces/{w}/billing/coupons", w.id());
        assertEquals(400, bad.statusCode(), bad.asString());
        assertEquals(List.of("percentOff", "amountOff", "duration", "code"), bad.path("errors.field"));
        assertEquals(0, stripe.findAll(postRequestedFor(urlEqualTo("/v1/coupons")).withHeader("Stripe-Account", equalTo(account))).size());
        assertEquals(403, TestServer.as(w.coach().token()).contentType(ContentType.JSON).body(coupon).post("/api/v1/workspaces/{w}/billing/coupons", w.id())
                .statusCode());

        Response created = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(coupon).post("/api/v1/workspaces/{w}/billing/coupons", w.id());
        assertEquals(201, created.statusCode(), created.asString());
        assertEquals("SPRING20", created.path("code"));
        assertEquals("repeating", created.path("duration"));
        assertEquals("cpn_" + run, created.path("stripeCouponId"));
        assertEquals("promo_" + run, created.path("stripePromotionCodeId"));
        String id = created.path("id");
        var coupons = stripe.findAll(postRequestedFor(urlEqualTo("/v1/coupons")).withHeader("Stripe-Account", equalTo(account))
                .withHeader("Idempotency-Key", equalTo("coupon:" + id + ":coupon")));
        assertEquals(1, coupons.size());
        String couponForm = java.net.URLDecoder.decode(coupons.get(0).getBodyAsString(), java.nio.charset.StandardCharsets.UTF_8);
        for (String expected : List.of("percent_off=20", "duration=repeating", "duration_in_months=3", "max_redemptions=50", "redeem_by=")) {
            assertTrue(couponForm.contains(expected), expected + " not in " + couponForm);
        }
        var codes = stripe.findAll(postRequestedFor(urlEqualTo("/v1/promotion_codes")).withHeader("Stripe-Account", equalTo(account))
                .withHeader("Idempotency-Key", equalTo("coupon:" + id + ":promotion-code")));
        assertEquals(1, codes.size());
        String codeForm = java.net.URLDecoder.decode(codes.get(0).getBodyAsString(), java.nio.charset.StandardCharsets.UTF_8);
        for (String expected : List.of("code=SPRING20", "promotion[type]=coupon", "promotion[coupon]=cpn_" + run)) {
            assertTrue(codeForm.contains(expected), expected + " not in " + codeForm);
        }

        List<Map<String, Object>> listed = TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/billing/coupons", w.id()).path("items");
        assertEquals(1, listed.size());
        assertEquals(id, listed.get(0).get("id"));
        assertEquals(true, listed.get(0).get("active"));

        assertEquals(403, TestServer.as(w.coach().token()).post("/api/v1/workspaces/{w}/billing/coupons/{c}/deactivate", w.id(), id).statusCode());
        assertEquals(404, TestServer.as(w.owner().token()).post("/api/v1/workspaces/{w}/billing/coupons/{c}/deactivate", w.id(),
                UUID.randomUUID().toString()).statusCode());
        Response ended = TestServer.as(w.owner().token()).post("/api/v1/workspaces/{w}/billing/coupons/{c}/deactivate", w.id(), id);
        assertEquals(200, ended.statusCode(), ended.asString());
        assertEquals(false, ended.path("active"));
        assertNotNull(ended.path("deactivatedAt"));
        var deactivations = stripe.findAll(postRequestedFor(urlEqualTo("/v1/promotion_codes/promo_" + run)).withHeader("Stripe-Account", equalTo(account))
                .withHeader("Idempotency-Key", equalTo("coupon:" + id + ":deactivate")));
        assertEquals(1, deactivations.size());
        assertTrue(deactivations.get(0).getBodyAsString().contains("active=false"), deactivations.get(0).getBodyAsString());
        // again: nothing more is sent
        assertEquals(200, TestServer.as(w.owner().token()).post("/api/v1/workspaces/{w}/billing/coupons/{c}/deactivate", w.id(), id).statusCode());
        assertEquals(1, stripe.findAll(postRequestedFor(urlEqualTo("/v1/promotion_codes/promo_" + run))).size());
        assertEquals(false, TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/billing/coupons", w.id()).path("items[0].active"));
    }

    @Test
    void aClientPaysOnStripeCheckoutWithThePlatformFeeAndTaxAndTheOutcomeIsMirrored() throws Exception {
        Workspaces.Populated w = Workspaces.populated("Billing checkout " + UUID.randomUUID().toString().substring(0, 8));
        String account = onboarded(w);
        String run = UUID.randomUUID().toString().substring(0, 8);
        stripe.stubFor(post(urlEqualTo("/v1/products")).withHeader("Stripe-Account", equalTo(account)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"prod_co" + run + "\",\"object\":\"product\"}")));
        stripe.stubFor(post(urlEqualTo("/v1/prices")).withHeader("Stripe-Account", equalTo(account)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"price_co" + run + "\",\"object\":\"price\"}")));
        String offer = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("name", "Monthly coaching", "interval", "month",
                "amount", 4900, "currency", "eur", "trialDays", 7)).post("/api/v1/workspaces/{w}/billing/offers", w.id()).then().statusCode(201)
                .extract().path("id");
        String session = "cs_test_" + run;
        stripe.stubFor(post(urlEqualTo("/v1/checkout/sessions")).withHeader("Stripe-Account", equalTo(account)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + session + "\",\"object\":\"checkout.session\",\"status\":\"open\","
                        + "\"url\":\"https://checkout.stripe.com/c/pay/" + session + "\"}")));
        Response notAClient = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("clientId", UUID.randomUUID().toString()))
                .post("/api/v1/workspaces/{w}/billing/offers/{o}/checkout-sessions", w.id(), offer);
        assertEquals(404, notAClient.statusCode(), notAClient.asString());
        Response opened = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("clientId", w.clientId()))
                .post("/api/v1/workspaces/{w}/billing/offers/{o}/checkout-sessions", w.id(), offer);
        assertEquals(201, opened.statusCode(), opened.asString());
        assertEquals("https://checkout.stripe.com/c/pay/" + session, opened.path("url"));
        String checkoutId = opened.path("id");
        var sent = stripe.findAll(postRequestedFor(urlEqualTo("/v1/checkout/sessions")).withHeader("Stripe-Account", equalTo(account)));
        assertEquals(1, sent.size());
        String form = java.net.URLDecoder.decode(sent.get(0).getBodyAsString(), java.nio.charset.StandardCharsets.UTF_8);
        for (String expected : List.of("mode=subscription", "automatic_tax[enabled]=true", "allow_promotion_codes=true",
                "subscription_data[application_fee_percent]=5", "subscription_data[trial_period_days]=7", "client_reference_id=" + w.clientId(),
                "line_items[0][price]=price_co" + run)) {
            assertTrue(form.contains(expected), expected + " not in " + form);
        }
        assertEquals("checkout:" + checkoutId, sent.get(0).getHeader("Idempotency-Key"));

        long now = Instant.now().getEpochSecond();
        String completed = "evt_" + run + "_done";
        assertEquals(200, deliverSigned(CONNECT, event(completed, "checkout.session.completed", now, account, "{\"id\":\"" + session
                + "\",\"object\":\"checkout.session\",\"status\":\"complete\",\"payment_status\":\"paid\",\"customer\":\"cus_" + run
                + "\",\"subscription\":\"sub_" + run + "\",\"client_reference_id\":\"" + w.clientId() + "\"}")).statusCode());
        awaitApplied(List.of(completed), Duration.ofSeconds(20));
        assertEquals("processed", status(completed));
        try (Connection c = db(); var q = c.prepareStatement("select status, stripe_customer_id, stripe_subscription_id, client_id::text "
                + "from billing_checkout where stripe_session_id = ?")) {
            q.setString(1, session);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("complete", rs.getString(1));
                assertEquals("cus_" + run, rs.getString(2));
                assertEquals("sub_" + run, rs.getString(3));
                assertEquals(w.clientId(), rs.getString(4));
            }
        }
    }
}
