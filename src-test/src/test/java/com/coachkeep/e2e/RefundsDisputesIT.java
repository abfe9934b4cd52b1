package com.coachkeep.e2e;

import static com.coachkeep.e2e.BillingIT.CONNECT;
import static com.coachkeep.e2e.BillingIT.accountObject;
import static com.coachkeep.e2e.BillingIT.awaitApplied;
import static com.coachkeep.e2e.BillingIT.db;
import static com.coachkeep.e2e.BillingIT.deliverSigned;
import static com.coachkeep.e2e.BillingIT.event;
import static com.coachkeep.e2e.BillingIT.status;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Refunds, disputes and tax (P-PAY-3) against a WireMock stub of Stripe's API, with Connect events signed by
 * stripe-java's own helper: a refund in full or in part made on the coach's account with the Stripe-Account header and
 * an idempotency key (a double request refunds once, an over-refund is refused with nothing sent or stored); charges,
 * refunds, disputes and the invoice's tax mirrored from the events, the same whatever the order and however often they
 * arrive; the dashboard naming a client whose payment failed and whose dispute's evidence is due; and an event whose
 * application throws ending failed after its attempts while the events behind it are applied.
 */
class RefundsDisputesIT {
    static WireMockServer stripe;

    @BeforeAll
    static void stubStripe() {
        stripe = new WireMockServer(WireMockConfiguration.options().port(BillingIT.STRIPE_PORT).bindAddress("127.0.0.1"));
        stripe.start();
        stripe.stubFor(post(urlEqualTo("/v1/account_links")).willReturn(json("{\"object\":\"account_link\",\"url\":\"https://connect.stripe.com/setup/e/x\"}")));
        // Stripe answers one refund per idempotency key: the stub names the refund after the key it was sent
        stripe.stubFor(post(urlEqualTo("/v1/refunds")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withTransformers("response-template").withBody("{\"id\":\"re_{{request.headers.Idempotency-Key}}\",\"object\":\"refund\","
                        + "\"status\":\"pending\",\"amount\":{{formData request.body 'form' urlDecode=true}}{{form.amount}},\"currency\":\"eur\"}")));
    }

    @AfterAll
    static void stop() {
        if (stripe != null) {
            stripe.stop();
        }
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** A workspace onboarded to Connect (its account ready): the account's id. */
    static String onboarded(Workspaces.Populated w) throws Exception {
        String account = "acct_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        stripe.stubFor(post(urlEqualTo("/v1/accounts")).withHeader("Idempotency-Key", equalTo("connect-account:" + w.id()))
                .willReturn(json("{\"id\":\"" + account + "\",\"object\":\"account\"}")));
        TestServer.as(w.owner().token()).post("/api/v1/workspaces/{w}/billing/connect/onboarding-links", w.id()).then().statusCode(201);
        return account;
    }

    // --- Stripe-shaped objects ------------------------------------------------------------------------------------

    static String charge(String id, String customer, String status, long amount, long refunded, boolean disputed, long created) {
        return "{\"id\":\"" + id + "\",\"object\":\"charge\",\"customer\":\"" + customer + "\",\"payment_intent\":\"pi_" + id.substring(3)
                + "\",\"status\":\"" + status + "\",\"amount\":" + amount + ",\"amount_captured\":" + ("succeeded".equals(status) ? amount : 0)
                + ",\"amount_refunded\":" + refunded + ",\"captured\":" + "succeeded".equals(status) + ",\"refunded\":" + (refunded == amount)
                + ",\"currency\":\"eur\",\"disputed\":" + disputed + ",\"paid\":" + "succeeded".equals(status) + ",\"created\":" + created + "}";
    }

    static String refund(String id, String charge, String status, long amount, String failure, long created) {
        return "{\"id\":\"" + id + "\",\"object\":\"refund\",\"charge\":\"" + charge + "\",\"payment_intent\":\"pi_" + charge.substring(3)
                + "\",\"status\":\"" + status + "\",\"amount\":" + amount + ",\"currency\":\"eur\",\"reason\":\"requested_by_customer\","
                + "\"failure_reason\":" + (failure == null ? "null" : "\"" + failure + "\"") + ",\"created\":" + created + "}";
    }

    static String dispute(String id, String charge, String status, long amount, long dueBy, long created) {
        return "{\"id\":\"" + id + "\",\"object\":\"dispute\",\"charge\":\"" + charge + "\",\"payment_intent\":\"pi_" + charge.substring(3)
                + "\",\"status\":\"" + status + "\",\"amount\":" + amount + ",\"currency\":\"eur\",\"reason\":\"fraudulent\",\"created\":" + created
                + ",\"is_charge_refundable\":false,\"evidence_details\":{\"due_by\":" + dueBy + ",\"has_evidence\":false,\"past_due\":false,"
                + "\"submission_count\":0}}";
    }

    /** An invoice with the tax Stripe Tax computed on it ({@code total_taxes}); amounts include the tax. */
    static String taxedInvoice(String id, String customer, String status, long net, long tax, long paid, int attempts, Long next) {
        return "{\"id\":\"" + id + "\",\"object\":\"invoice\",\"customer\":\"" + customer + "\",\"status\":\"" + status + "\",\"amount_due\":"
                + (net + tax) + ",\"amount_paid\":" + paid + ",\"currency\":\"eur\",\"attempt_count\":" + attempts + ",\"next_payment_attempt\":"
                + (next == null ? "null" : next) + ",\"subtotal\":" + net + ",\"total\":" + (net + tax) + ",\"total_excluding_tax\":" + net
                + ",\"total_taxes\":[{\"amount\":" + tax + ",\"tax_behavior\":\"exclusive\",\"taxability_reason\":\"standard_rated\","
                + "\"taxable_amount\":" + net + ",\"type\":\"tax_rate_details\",\"tax_rate_details\":{\"tax_rate\":\"txr_vat\"}}],"
                + "\"automatic_tax\":{\"enabled\":true,\"status\":\"complete\"},"
                + "\"parent\":{\"type\":\"subscription_details\",\"subscription_details\":{\"subscription\":\"sub_client1\"}}}";
    }

    static List<String> ids(List<String[]> events) {
        return events.stream().map(e -> e[0]).distinct().toList();
    }

    static void deliverAll(List<String[]> events) throws Exception {
        for (String[] e : events) {
            Response r = deliverSigned(CONNECT, e[1]);
            assertEquals(200, r.statusCode(), r.asString());
        }
    }

    static JsonPath get(Workspaces.Populated w, String what) {
        Response r = TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/billing/" + what, w.id());
        assertEquals(200, r.statusCode(), r.asString());
        return r.jsonPath();
    }

    /** Everything the coach sees of their payments: charges, refunds, disputes, invoices (with tax) and the figures. */
    static Map<String, Object> ledger(Workspaces.Populated w) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String what : List.of("charges", "refunds", "disputes", "invoices")) {
            m.put(what, get(w, what).getList("items"));
        }
        m.put("figures", get(w, "figures").getList("currencies"));
        return m;
    }

    // --- the tests ------------------------------------------------------------------------------------------------

    @Test
    void aRefundInFullOrInPartIsMadeOnTheCoachsAccountOnceAndNeverForMoreThanIsLeft() throws Exception {
        Workspaces.Populated w = Workspaces.populated("Refunds " + UUID.randomUUID().toString().substring(0, 8));
        String account = onboarded(w);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String paid = "ch_paid" + run;
        String failed = "ch_failed" + run;
        long now = Instant.now().getEpochSecond();
        List<String[]> events = List.of(
                new String[] {"evt_" + run + "_1", event("evt_" + run + "_1", "charge.succeeded", now - 60, account, charge(paid, "cus_r", "succeeded", 5000, 0, false, now - 60))},
                new String[] {"evt_" + run + "_2", event("evt_" + run + "_2", "charge.failed", now - 50, account, charge(failed, "cus_r", "failed", 2000, 0, false, now - 50))});
        deliverAll(events);
        awaitApplied(ids(events), Duration.ofSeconds(20));
        assertEquals(5000, get(w, "charges").getInt("items.find { it.id == '" + paid + "' }.refundable"));
        String path = "/api/v1/workspaces/{w}/billing/charges/{c}/refunds";

        // the owner's alone: a coach is refused, nothing sent
        assertEquals(403, TestServer.as(w.coach().token()).contentType(ContentType.JSON).body(Map.of("amount", 1500)).post(path, w.id(), paid).statusCode());
        // a partial refund: on the coach's account, with the key of this charge, its refunded amount and the amount
        Response partial = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("amount", 1500, "reason", "requested_by_customer"))
                .post(path, w.id(), paid);
        assertEquals(201, partial.statusCode(), partial.asString());
        // a double click: the same key, so Stripe answers the first refund again instead of making a second
        Response twice = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("amount", 1500, "reason", "requested_by_customer"))
                .post(path, w.id(), paid);
        assertEquals(201, twice.statusCode(), twice.asString());
        assertEquals(partial.<String>path("refundId"), twice.path("refundId"));
        assertEquals(1500, partial.<Integer>path("amount"));
        var sent = stripe.findAll(postRequestedFor(urlEqualTo("/v1/refunds")).withHeader("Stripe-Account", equalTo(account)));
        assertEquals(2, sent.size());
        for (var request : sent) {
            assertEquals("refund:" + paid + ":0:1500", request.getHeader("Idempotency-Key"));
            String form = URLDecoder.decode(request.getBodyAsString(), StandardCharsets.UTF_8);
            assertTrue(form.contains("charge=" + paid) && form.contains("amount=1500") && form.contains("reason=requested_by_customer"), form);
        }
        // nothing is mirrored until Stripe's events arrive; then the refund and what is left
        assertEquals(List.of(), get(w, "refunds").getList("items"));
        String refundId = partial.path("refundId");
        List<String[]> mirrored = List.of(
                new String[] {"evt_" + run + "_3", event("evt_" + run + "_3", "refund.created", now - 10, account, refund(refundId, paid, "succeeded", 1500, null, now - 10))},
                new String[] {"evt_" + run + "_4", event("evt_" + run + "_4", "charge.refunded", now - 9, account, charge(paid, "cus_r", "succeeded", 5000, 1500, false, now - 60))});
        deliverAll(mirrored);
        awaitApplied(ids(mirrored), Duration.ofSeconds(20));
        assertEquals(List.of(refundId), get(w, "refunds").getList("items.id"));
        assertEquals(3500, get(w, "charges").getInt("items.find { it.id == '" + paid + "' }.refundable"));

        // more than is left: refused, nothing sent to Stripe, nothing stored
        Response over = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("amount", 3501)).post(path, w.id(), paid);
        assertEquals(422, over.statusCode(), over.asString());
        assertEquals("https://coachkeep.app/problems/refund-exceeds-refundable", over.path("type"));
        assertTrue(over.<String>path("detail").contains("3500"), over.asString());
        for (Object bad : List.of(0, -5, "ten")) {
            Response r = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("amount", bad)).post(path, w.id(), paid);
            assertEquals(400, r.statusCode(), bad + ": " + r.asString());
        }
        Response badReason = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("reason", "because")).post(path, w.id(), paid);
        assertEquals(400, badReason.statusCode(), badReason.asString());
        assertEquals("reason", badReason.path("errors[0].field"), badReason.asString());
        Response notPaid = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of()).post(path, w.id(), failed);
        assertEquals(409, notPaid.statusCode(), notPaid.asString());
        assertEquals("https://coachkeep.app/problems/charge-not-refundable", notPaid.path("type"));
        assertEquals(404, TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of()).post(path, w.id(), "ch_nope" + run).statusCode());
        assertEquals(2, stripe.findAll(postRequestedFor(urlEqualTo("/v1/refunds"))).size());
        assertEquals(List.of(refundId), get(w, "refunds").getList("items.id"));

        // the rest in full: no amount refunds what is left
        Response full = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of()).post(path, w.id(), paid);
        assertEquals(201, full.statusCode(), full.asString());
        assertEquals(3500, full.<Integer>path("amount"));
        var last = stripe.findAll(postRequestedFor(urlEqualTo("/v1/refunds")));
        assertEquals("refund:" + paid + ":1500:3500", last.get(last.size() - 1).getHeader("Idempotency-Key"));
        assertEquals(account, last.get(last.size() - 1).getHeader("Stripe-Account"));
        // audited with the actor
        try (Connection c = db(); var q = c.prepareStatement("select count(*) from audit_event where workspace_id = cast(? as uuid) "
                + "and action = 'billing.refund_requested'")) {
            q.setString(1, w.id());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertEquals(3, rs.getInt(1));
            }
        }
    }

    /** A client's month: an invoice with tax, paid; part refunded; a refund that failed; a dispute lost; another open. */
    static List<String[]> scenario(String prefix, String account, long t0) {
        List<String[]> e = new ArrayList<>();
        long due1 = t0 + 7 * 86_400;
        long due2 = t0 + 9 * 86_400;
        add(e, prefix + "01", "account.updated", t0, account, accountObject(account, true, true, true, List.of()));
        add(e, prefix + "02", "invoice.finalized", t0 + 10, account, taxedInvoice("in_tax", "cus_client1", "open", 4900, 931, 0, 0, null));
        add(e, prefix + "03", "charge.succeeded", t0 + 11, account, charge("ch_one", "cus_client1", "succeeded", 5831, 0, false, t0 + 11));
        add(e, prefix + "04", "invoice.paid", t0 + 12, account, taxedInvoice("in_tax", "cus_client1", "paid", 4900, 931, 5831, 1, null));
        add(e, prefix + "05", "refund.created", t0 + 20, account, refund("re_one", "ch_one", "pending", 1000, null, t0 + 20));
        add(e, prefix + "06", "refund.updated", t0 + 21, account, refund("re_one", "ch_one", "succeeded", 1000, null, t0 + 20));
        add(e, prefix + "07", "charge.refunded", t0 + 21, account, charge("ch_one", "cus_client1", "succeeded", 5831, 1000, false, t0 + 11));
        add(e, prefix + "08", "refund.created", t0 + 30, account, refund("re_two", "ch_one", "pending", 500, null, t0 + 30));
        add(e, prefix + "09", "refund.failed", t0 + 31, account, refund("re_two", "ch_one", "failed", 500, "expired_or_canceled_card", t0 + 30));
        add(e, prefix + "10", "charge.dispute.created", t0 + 40, account, dispute("dp_one", "ch_one", "needs_response", 4831, due1, t0 + 40));
        add(e, prefix + "11", "charge.updated", t0 + 40, account, charge("ch_one", "cus_client1", "succeeded", 5831, 1000, true, t0 + 11));
        add(e, prefix + "12", "charge.dispute.updated", t0 + 41, account, dispute("dp_one", "ch_one", "under_review", 4831, due1, t0 + 40));
        add(e, prefix + "13", "charge.dispute.closed", t0 + 42, account, dispute("dp_one", "ch_one", "lost", 4831, due1, t0 + 40));
        add(e, prefix + "14", "charge.succeeded", t0 + 50, account, charge("ch_two", "cus_client2", "succeeded", 2900, 0, false, t0 + 50));
        add(e, prefix + "15", "charge.dispute.created", t0 + 60, account, dispute("dp_two", "ch_two", "warning_needs_response", 2900, due2, t0 + 60));
        add(e, prefix + "16", "charge.dispute.updated", t0 + 61, account, dispute("dp_two", "ch_two", "needs_response", 2900, due2, t0 + 60));
        return e;
    }

    static void add(List<String[]> events, String id, String type, long created, String account, String object) {
        events.add(new String[] {id, event(id, type, created, account, object)});
    }

    /**
     * Two events of a new invoice applied at the same moment, by the two nodes' inboxes draining together: both find
     * no row to lock, and the older one must not overwrite what the newer one inserted. Each invoice ends paid, never
     * back at open.
     */
    @Test
    @Tag("promise:P-PAY-3")
    void anOlderEventAppliedAtTheSameTimeAsANewerOneNeverOverwritesIt() throws Exception {
        com.coachkeep.testing.SecondNode.get(); // a second inbox on the same database, so that events are applied in parallel
        Workspaces.Populated w = Workspaces.populated("Refunds concurrent " + UUID.randomUUID().toString().substring(0, 8));
        String account = onboarded(w);
        long t0 = Instant.now().getEpochSecond() - 600;
        String run = UUID.randomUUID().toString().substring(0, 8);
        int invoices = 30;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < invoices; i++) {
            String invoice = "in_race_" + run + "_" + i;
            String older = "evt_" + run + "_race_" + i + "_a";
            String newer = "evt_" + run + "_race_" + i + "_b";
            String finalized = event(older, "invoice.finalized", t0 + i, account, taxedInvoice(invoice, "cus_client1", "open", 4900, 931, 0, 0, null));
            String paid = event(newer, "invoice.paid", t0 + i + 1, account, taxedInvoice(invoice, "cus_client1", "paid", 4900, 931, 5831, 1, null));
            BillingIT.deliverAtOnce(List.of(paid, finalized), 2);
            ids.add(older);
            ids.add(newer);
        }
        awaitApplied(ids, Duration.ofSeconds(60));
        JsonPath mirrored = get(w, "invoices");
        List<String> notPaid = new ArrayList<>();
        for (int i = 0; i < invoices; i++) {
            String status = mirrored.getString("items.find { it.id == 'in_race_" + run + "_" + i + "' }.status");
            if (!"paid".equals(status)) {
                notPaid.add("in_race_" + run + "_" + i + ": " + status);
            }
        }
        assertEquals(List.of(), notPaid, "invoices the older event moved back");
    }

    @Test
    @Tag("promise:P-PAY-3")
    void refundsDisputesAndTaxAreMirroredFromSignedWebhooksEachAppliedOnceInAnyOrder() throws Exception {
        Workspaces.Populated inOrder = Workspaces.populated("Refunds in order " + UUID.randomUUID().toString().substring(0, 8));
        Workspaces.Populated replayed = Workspaces.populated("Refunds replayed " + UUID.randomUUID().toString().substring(0, 8));
        String a1 = onboarded(inOrder);
        String a2 = onboarded(replayed);
        long t0 = Instant.now().getEpochSecond() - 3600;
        String run = UUID.randomUUID().toString().substring(0, 8);

        List<String[]> once = scenario("evt_" + run + "_a_", a1, t0);
        deliverAll(once);
        awaitApplied(ids(once), Duration.ofSeconds(30));
        List<String[]> twice = new ArrayList<>(scenario("evt_" + run + "_b_", a2, t0));
        twice.addAll(scenario("evt_" + run + "_b_", a2, t0));
        Collections.shuffle(twice, new Random(3));
        long start = System.nanoTime();
        int duplicates = 0;
        for (String[] e : twice) {
            Response r = deliverSigned(CONNECT, e[1]);
            assertEquals(200, r.statusCode(), r.asString());
            duplicates += Boolean.TRUE.equals(r.path("duplicate")) ? 1 : 0;
        }
        assertEquals(once.size(), duplicates);
        awaitApplied(ids(twice), Duration.ofSeconds(30));
        double seconds = (System.nanoTime() - start) / 1e9;

        Map<String, Object> expected = ledger(inOrder);
        Map<String, Object> actual = ledger(replayed);
        assertEquals(expected, actual);

        JsonPath refunds = get(replayed, "refunds");
        JsonPath charges = get(replayed, "charges");
        JsonPath disputes = get(replayed, "disputes");
        JsonPath invoices = get(replayed, "invoices");
        JsonPath figures = get(replayed, "figures");
        // the refund that succeeded, the one that failed; what is left of the charge
        assertEquals("succeeded", refunds.getString("items.find { it.id == 're_one' }.status"));
        assertEquals(1000, refunds.getInt("items.find { it.id == 're_one' }.amount"));
        assertEquals("failed", refunds.getString("items.find { it.id == 're_two' }.status"));
        assertEquals("expired_or_canceled_card", refunds.getString("items.find { it.id == 're_two' }.failureReason"));
        assertEquals(1000, charges.getInt("items.find { it.id == 'ch_one' }.amountRefunded"));
        assertEquals(4831, charges.getInt("items.find { it.id == 'ch_one' }.refundable"));
        assertEquals(true, charges.getBoolean("items.find { it.id == 'ch_one' }.disputed"));
        // the disputes: the open one first, with its evidence deadline; the lost one after
        assertEquals(List.of("dp_two", "dp_one"), disputes.getList("items.id"));
        assertEquals("needs_response", disputes.getString("items[0].status"));
        assertEquals(true, disputes.getBoolean("items[0].needsResponse"));
        assertEquals(Instant.ofEpochSecond(t0 + 9 * 86_400).toString(), disputes.getString("items[0].evidenceDueBy"));
        assertEquals("fraudulent", disputes.getString("items[0].reason"));
        assertEquals("lost", disputes.getString("items[1].status"));
        // the tax Stripe computed, mirrored on the invoice
        assertEquals(931, invoices.getInt("items.find { it.id == 'in_tax' }.tax"));
        assertEquals("paid", invoices.getString("items.find { it.id == 'in_tax' }.status"));
        // the figures: collected, and the one refund that gave money back
        assertEquals(1, figures.getInt("currencies[0].refundsLast30Days"));
        assertEquals(1000, figures.getInt("currencies[0].refundedLast30Days"));
        assertEquals(5831, figures.getInt("currencies[0].collectedLast30Days"));

        // each event stored once and applied once
        Map<String, Long> counts = new java.util.TreeMap<>();
        double inboxSeconds = 0;
        try (Connection c = db(); var q = c.prepareStatement("select status, count(*), sum(attempts), "
                + "extract(epoch from max(processed_at) - min(processed_at)) from billing_webhook_event where event_id like ? group by status order by 1")) {
            q.setString(1, "evt_" + run + "_b_%");
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                    assertEquals(rs.getLong(2), rs.getLong(3), "each event applied in one attempt");
                    inboxSeconds = rs.getDouble(4);
                }
            }
        }
        assertEquals(Map.of("processed", (long) once.size()), counts);
        // audited: each refund's and each dispute's status as it changed
        try (Connection c = db(); var q = c.prepareStatement("select action from audit_event where workspace_id = cast(? as uuid) "
                + "and (action like 'billing.refund_%' or action like 'billing.dispute_%') order by action")) {
            q.setString(1, replayed.id());
            List<String> actions = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
            assertTrue(actions.containsAll(List.of("billing.refund_succeeded", "billing.refund_failed", "billing.dispute_lost",
                    "billing.dispute_needs_response")), actions.toString());
        }
        System.out.printf("[billing] refunds/disputes replay: %d events in order to one workspace; %d deliveries (each event twice, shuffled) "
                + "to another, %d answered as duplicates, %d applied; %.2f s from the first delivery to the last applied (%.1f deliveries/s), "
                + "first to last applied %.3f s (%.0f events/s); ledgers identical (%d charges, %d refunds, %d disputes, %d invoices)%n", once.size(),
                twice.size(), duplicates, counts.get("processed"), seconds, twice.size() / seconds, inboxSeconds,
                inboxSeconds > 0 ? (counts.get("processed") - 1) / inboxSeconds : Double.NaN, ((List<?>) expected.get("charges")).size(), ((List<?>) expected.get("refunds")).size(),
                ((List<?>) expected.get("disputes")).size(), ((List<?>) expected.get("invoices")).size());
    }

    @Test
    void theDashboardNamesAClientWhosePaymentFailedAndWhoseDisputeNeedsEvidenceSoon() throws Exception {
        Workspaces.Populated w = Workspaces.populated("Billing attention " + UUID.randomUUID().toString().substring(0, 8));
        String account = onboarded(w);
        String run = UUID.randomUUID().toString().substring(0, 8);
        stripe.stubFor(post(urlEqualTo("/v1/products")).withHeader("Stripe-Account", equalTo(account)).willReturn(json("{\"id\":\"prod_" + run + "\",\"object\":\"product\"}")));
        stripe.stubFor(post(urlEqualTo("/v1/prices")).withHeader("Stripe-Account", equalTo(account)).willReturn(json("{\"id\":\"price_" + run + "\",\"object\":\"price\"}")));
        String offer = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("name", "Monthly coaching", "interval", "month",
                "amount", 4900, "currency", "eur")).post("/api/v1/workspaces/{w}/billing/offers", w.id()).then().statusCode(201).extract().path("id");
        String session = "cs_" + run;
        stripe.stubFor(post(urlEqualTo("/v1/checkout/sessions")).withHeader("Stripe-Account", equalTo(account)).willReturn(json("{\"id\":\"" + session
                + "\",\"object\":\"checkout.session\",\"status\":\"open\",\"url\":\"https://checkout.stripe.com/c/pay/" + session + "\"}")));
        TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("clientId", w.clientId()))
                .post("/api/v1/workspaces/{w}/billing/offers/{o}/checkout-sessions", w.id(), offer).then().statusCode(201);
        long now = Instant.now().getEpochSecond();
        String customer = "cus_" + run;
        List<String[]> events = new ArrayList<>();
        add(events, "evt_" + run + "_1", "checkout.session.completed", now - 100, account, "{\"id\":\"" + session + "\",\"object\":\"checkout.session\","
                + "\"status\":\"complete\",\"customer\":\"" + customer + "\",\"subscription\":\"sub_" + run + "\"}");
        add(events, "evt_" + run + "_2", "invoice.payment_failed", now - 90, account, taxedInvoice("in_" + run, customer, "open", 4900, 931, 0, 1, now + 86_400));
        add(events, "evt_" + run + "_3", "charge.succeeded", now - 80, account, charge("ch_" + run, customer, "succeeded", 5831, 0, false, now - 80));
        add(events, "evt_" + run + "_4", "charge.dispute.created", now - 70, account, dispute("dp_" + run, "ch_" + run, "needs_response", 5831,
                now + 3 * 86_400, now - 70));
        deliverAll(events);
        awaitApplied(ids(events), Duration.ofSeconds(20));
        JsonPath d = TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/checkin-review/dashboard", w.id()).then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> mine = d.getList("attention.findAll { it.source == 'billing' }");
        assertEquals(List.of("payment-failed", "dispute-evidence-due"), mine.stream().map(i -> i.get("kind")).toList(), d.prettify());
        assertTrue(mine.stream().allMatch(i -> w.clientId().equals(i.get("clientId"))), mine.toString());
        assertTrue(mine.get(0).get("summary").toString().contains("5831 eur"), mine.toString());
        assertTrue(mine.get(1).get("summary").toString().contains(Instant.ofEpochSecond(now + 3 * 86_400).toString()), mine.toString());
        // a coach without billing's permission sees no billing item
        JsonPath coach = TestServer.as(w.coach().token()).get("/api/v1/workspaces/{w}/checkin-review/dashboard", w.id()).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(), coach.getList("attention.findAll { it.source == 'billing' }"));
    }

    @Test
    void anEventWhoseApplicationThrowsEndsFailedAfterItsAttemptsWhileLaterEventsAreApplied() throws Exception {
        Workspaces.Populated w = Workspaces.populated("Billing poison " + UUID.randomUUID().toString().substring(0, 8));
        String account = onboarded(w);
        String run = UUID.randomUUID().toString().substring(0, 8);
        long now = Instant.now().getEpochSecond();
        // read fine, but the mirror cannot hold it (a currency of four letters): its application throws every time
        String poison = "evt_" + run + "_poison";
        assertEquals(200, deliverSigned(CONNECT, event(poison, "invoice.finalized", now - 30, account, "{\"id\":\"in_p" + run + "\",\"object\":\"invoice\","
                + "\"customer\":\"cus_p\",\"status\":\"open\",\"amount_due\":100,\"amount_paid\":0,\"currency\":\"euro\",\"attempt_count\":0}")).statusCode());
        List<String[]> later = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            add(later, "evt_" + run + "_" + i, "charge.succeeded", now - 20 + i, account, charge("ch_" + run + i, "cus_p", "succeeded", 100 + i, 0, false, now - 20));
        }
        deliverAll(later);
        awaitApplied(ids(later), Duration.ofSeconds(20));
        for (String[] e : later) {
            assertEquals("processed", status(e[0]));
        }
        assertEquals(3, get(w, "charges").getList("items").size());
        awaitApplied(List.of(poison), Duration.ofSeconds(60));
        try (Connection c = db(); var q = c.prepareStatement("select status, attempts, error, payload is not null from billing_webhook_event where event_id = ?")) {
            q.setString(1, poison);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("failed", rs.getString(1));
                assertEquals(5, rs.getInt(2));
                assertTrue(rs.getString(3).startsWith("gave up after 5 attempts: "), rs.getString(3));
                assertTrue(rs.getBoolean(4), "the payload is kept for an operator");
            }
        }
        assertEquals(List.of(), get(w, "invoices").getList("items"));
    }
}
