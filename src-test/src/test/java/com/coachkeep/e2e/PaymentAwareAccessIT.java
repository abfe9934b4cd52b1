package com.coachkeep.e2e;

import static com.coachkeep.e2e.BillingIT.CONNECT;
import static com.coachkeep.e2e.BillingIT.awaitApplied;
import static com.coachkeep.e2e.BillingIT.deliverSigned;
import static com.coachkeep.e2e.BillingIT.event;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.ProgramPlans;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Payment-aware access end to end, against a WireMock stub of Stripe's API with webhook deliveries signed by
 * stripe-java's own helper: checkout, the subscription mirrored, paid; a renewal fails and the grace period starts (the
 * client still trains); the coach retries and it is paid; it fails again and the grace period is over, so the client's
 * today's workout and check-ins are refused with access-paused while they still read their own data; a payment restores
 * access at once. A paused subscription moves the client's calendar program by the paused days (a sequence program stays);
 * the client opens the customer portal on the coach's account; archiving a client still billed asks the coach, and with
 * cancel calls Stripe once.
 */
class PaymentAwareAccessIT {
    static final String CLIENTS = "/api/v1/workspaces/{w}/clients/{c}";
    static WireMockServer stripe;

    @BeforeAll
    static void stubStripe() {
        stripe = new WireMockServer(WireMockConfiguration.options().port(BillingIT.STRIPE_PORT).bindAddress("127.0.0.1"));
        stripe.start();
        stripe.stubFor(post(urlEqualTo("/v1/account_links")).willReturn(json("{\"object\":\"account_link\",\"url\":\"https://connect.stripe.com/setup/e/x\"}")));
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

    static String subscription(String id, String customer, String status, String price, long periodEnd, String pauseBehavior) {
        return "{\"id\":\"" + id + "\",\"object\":\"subscription\",\"customer\":\"" + customer + "\",\"status\":\"" + status
                + "\",\"cancel_at_period_end\":false,\"pause_collection\":" + (pauseBehavior == null ? "null" : "{\"behavior\":\"" + pauseBehavior
                + "\",\"resumes_at\":null}") + ",\"items\":{\"object\":\"list\",\"data\":[{\"id\":\"si_" + id + "\",\"object\":\"subscription_item\","
                + "\"current_period_end\":" + periodEnd + ",\"price\":{\"id\":\"" + price + "\",\"object\":\"price\"}}]}}";
    }

    static String invoice(String id, String customer, String subscription, String status, int attempts, Long nextAttempt) {
        return "{\"id\":\"" + id + "\",\"object\":\"invoice\",\"customer\":\"" + customer + "\",\"status\":\"" + status + "\",\"amount_due\":4900,"
                + "\"amount_paid\":" + ("paid".equals(status) ? 4900 : 0) + ",\"currency\":\"eur\",\"attempt_count\":" + attempts
                + ",\"next_payment_attempt\":" + nextAttempt + ",\"parent\":{\"type\":\"subscription_details\",\"subscription_details\":"
                + "{\"subscription\":\"" + subscription + "\"}}}";
    }

    /** Delivers signed events on the Connect endpoint and waits until the inbox applied them. */
    static void deliver(String... payloads) throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        for (String p : payloads) {
            Response r = deliverSigned(CONNECT, p);
            assertEquals(200, r.statusCode(), r.asString());
            ids.add(p.substring(p.indexOf("\"id\": \"") + 7, p.indexOf('"', p.indexOf("\"id\": \"") + 7)));
        }
        awaitApplied(ids, Duration.ofSeconds(30));
    }

    /** An onboarded workspace with a monthly offer: its account and the offer's price. */
    static String[] onboardedWithOffer(Workspaces.Populated w, String run) {
        String account = "acct_pa" + run;
        stripe.stubFor(post(urlEqualTo("/v1/accounts")).withHeader("Idempotency-Key", equalTo("connect-account:" + w.id()))
                .willReturn(json("{\"id\":\"" + account + "\",\"object\":\"account\"}")));
        TestServer.as(w.owner().token()).post("/api/v1/workspaces/{w}/billing/connect/onboarding-links", w.id()).then().statusCode(201);
        stripe.stubFor(post(urlEqualTo("/v1/products")).withHeader("Stripe-Account", equalTo(account))
                .willReturn(json("{\"id\":\"prod_pa" + run + "\",\"object\":\"product\"}")));
        stripe.stubFor(post(urlEqualTo("/v1/prices")).withHeader("Stripe-Account", equalTo(account))
                .willReturn(json("{\"id\":\"price_pa" + run + "\",\"object\":\"price\"}")));
        String offer = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("name", "Monthly coaching", "interval", "month",
                "amount", 4900, "currency", "eur")).post("/api/v1/workspaces/{w}/billing/offers", w.id()).then().statusCode(201).extract().path("id");
        return new String[] {account, offer, "price_pa" + run};
    }

    /** The client pays on Stripe Checkout: the checkout, then Stripe's events of the session and the new subscription. */
    static void checkout(Workspaces.Populated w, String account, String offer, String price, String clientId, String sub, String customer,
            long created) throws Exception {
        deliver(checkoutCompleted(w, account, offer, clientId, sub, customer, created), event("evt_" + sub + "_cr", "customer.subscription.created",
                created + 1, account, subscription(sub, customer, "active", price, created + 30 * 86_400, null)));
    }

    /** The coach's checkout session for the client (Stripe stubbed), and the signed event of its completion, not yet delivered. */
    static String checkoutCompleted(Workspaces.Populated w, String account, String offer, String clientId, String sub, String customer,
            long created) {
        String session = "cs_" + sub;
        stripe.stubFor(post(urlEqualTo("/v1/checkout/sessions")).withHeader("Idempotency-Key", com.github.tomakehurst.wiremock.client.WireMock.matching(".*"))
                .willReturn(json("{\"id\":\"" + session + "\",\"object\":\"checkout.session\",\"status\":\"open\",\"url\":\"https://checkout.stripe.com/c/pay/"
                        + session + "\"}")));
        TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("clientId", clientId))
                .post("/api/v1/workspaces/{w}/billing/offers/{o}/checkout-sessions", w.id(), offer).then().statusCode(201);
        return event("evt_" + sub + "_co", "checkout.session.completed", created, account, "{\"id\":\"" + session
                + "\",\"object\":\"checkout.session\",\"status\":\"complete\",\"customer\":\"" + customer + "\",\"subscription\":\"" + sub + "\"}");
    }

    @Test
    @Tag("promise:P-PAY-2")
    void twoEventsOfANewSubscriptionAppliedAtOnceOnTwoNodesLeaveTheNewerState() throws Exception {
        com.coachkeep.testing.SecondNode.get(); // a second inbox on the same database, so that events are applied in parallel
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Workspaces.Populated w = Workspaces.populated("Subscription race " + run);
        String[] o = onboardedWithOffer(w, run);
        long t0 = Instant.now().getEpochSecond() - 900;
        int subscriptions = 30;
        for (int i = 0; i < subscriptions; i++) {
            deliver(checkoutCompleted(w, o[0], o[1], w.clientId(), "sub_race" + run + "_" + i, "cus_race" + run + "_" + i, t0 + 2L * i));
        }
        // Stripe's two events of each new subscription, the older one (incomplete) and the newer one (active), all at once:
        // both nodes' inboxes drain them together, so the two events of one subscription are applied side by side
        List<String> applied = new ArrayList<>();
        List<String> payloads = new ArrayList<>();
        for (int i = 0; i < subscriptions; i++) {
            String sub = "sub_race" + run + "_" + i;
            String customer = "cus_race" + run + "_" + i;
            payloads.add(event("evt_" + sub + "_b", "customer.subscription.updated", t0 + 2L * i + 1, o[0],
                    subscription(sub, customer, "active", o[2], t0 + 30 * 86_400, null)));
            payloads.add(event("evt_" + sub + "_a", "customer.subscription.created", t0 + 2L * i, o[0],
                    subscription(sub, customer, "incomplete", o[2], t0 + 30 * 86_400, null)));
            applied.add("evt_" + sub + "_a");
            applied.add("evt_" + sub + "_b");
        }
        BillingIT.deliverAtOnce(payloads, 4);
        awaitApplied(applied, Duration.ofSeconds(60));
        Response billing = billing(w.owner().token(), w, w.clientId());
        assertEquals(200, billing.statusCode(), billing.asString());
        List<String> notActive = new ArrayList<>();
        for (int i = 0; i < subscriptions; i++) {
            String sub = "sub_race" + run + "_" + i;
            String status = billing.path("subscriptions.find { it.id == '" + sub + "' }.status");
            if (!"active".equals(status)) {
                notActive.add(sub + ": " + status);
            }
        }
        assertEquals(List.of(), notActive, "subscriptions the older event moved back");
    }

    static Response today(String token, Workspaces.Populated w, String client) {
        return TestServer.as(token).queryParam("date", LocalDate.now(ZoneOffset.UTC).toString()).get(CLIENTS + "/workouts/today", w.id(), client);
    }

    static Response checkIn(String token, Workspaces.Populated w, String client, String form) {
        return TestServer.as(token).contentType(ContentType.JSON).body(Map.of("formId", form, "answers", Map.of("energy", 7)))
                .put(CLIENTS + "/checkins/{k}", w.id(), client, UUID.randomUUID().toString());
    }

    static Response billing(String token, Workspaces.Populated w, String client) {
        return TestServer.as(token).get(CLIENTS + "/billing", w.id(), client);
    }

    static String program(Workspaces.Populated w, String client, LocalDate start, String schedule) {
        String template = TestServer.as(w.owner().token()).contentType(ContentType.JSON)
                .body(ProgramPlans.template("Two weeks " + schedule, ProgramPlans.lowerRestUpper(2, 60, 40)))
                .post("/api/v1/workspaces/{w}/program-templates", w.id()).then().statusCode(201).extract().path("id");
        return TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("templateId", template, "startDate", start.toString(),
                "schedule", schedule)).post(CLIENTS + "/programs", w.id(), client).then().statusCode(201).extract().path("id");
    }

    @Test
    void aFailedRenewalGivesGraceThenPausesTheProgramAndCheckinsUntilPaidAndTheCoachRetriesAtOnce() throws Exception {
        Instant started = Instant.now();
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Workspaces.Populated w = Workspaces.populated("Payment-aware " + run);
        String[] o = onboardedWithOffer(w, run);
        String account = o[0];
        String sub = "sub_pa" + run;
        String customer = "cus_pa" + run;
        long now = Instant.now().getEpochSecond();
        program(w, w.clientId(), LocalDate.now(ZoneOffset.UTC).minusDays(3), "calendar");
        String form = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("name", "Weekly", "questions",
                List.of(Map.of("key", "energy", "type", "scale", "text", "Energy?")))).post("/api/v1/workspaces/{w}/checkin-forms", w.id())
                .then().statusCode(201).extract().path("id");

        // checkout -> subscription -> first invoice paid
        Instant flow = Instant.now();
        long setupMillis = Duration.between(started, flow).toMillis();
        checkout(w, account, o[1], o[2], w.clientId(), sub, customer, now - 600);
        deliver(event("evt_" + run + "_p1", "invoice.paid", now - 590, account, invoice("in_1" + run, customer, sub, "paid", 1, null)));
        Response active = billing(w.owner().token(), w, w.clientId());
        assertEquals(200, active.statusCode(), active.asString());
        assertEquals("active", active.path("access"));
        assertEquals(7, (int) (Integer) active.path("gracePeriodDays"));
        assertEquals(List.of(sub), active.path("subscriptions.id"));
        assertEquals("active", active.path("subscriptions[0].status"));
        assertEquals(o[1], active.path("subscriptions[0].offerId"));
        assertEquals(Instant.ofEpochSecond(now - 600 + 30 * 86_400).toString(), active.path("subscriptions[0].currentPeriodEnd"));
        // the client reads their own, by id and as "me"; the coach (no billing_read) may not
        assertEquals(active.<Map<String, Object>>path(""), billing(w.client().token(), w, w.clientId()).path(""));
        assertEquals(active.<Map<String, Object>>path(""), TestServer.as(w.client().token()).get("/api/v1/workspaces/{w}/clients/me/billing", w.id())
                .path(""));
        assertEquals(403, billing(w.coach().token(), w, w.clientId()).statusCode());
        assertEquals(404, billing(w.client().token(), w, w.otherClientId()).statusCode());

        // the renewal fails: the grace period (7 days) starts at the failure; the client still trains and checks in
        long failed = now - 500;
        deliver(event("evt_" + run + "_f2", "invoice.payment_failed", failed, account, invoice("in_2" + run, customer, sub, "open", 1, now + 86_400)),
                event("evt_" + run + "_u2", "customer.subscription.updated", failed + 1, account,
                        subscription(sub, customer, "past_due", o[2], now + 30 * 86_400, null)));
        Response grace = billing(w.client().token(), w, w.clientId());
        assertEquals("grace", grace.path("access"), grace.asString());
        assertEquals(Instant.ofEpochSecond(failed).toString(), grace.path("since"));
        assertEquals(Instant.ofEpochSecond(failed).plus(Duration.ofDays(7)).toString(), grace.path("graceUntil"));
        assertEquals(Instant.ofEpochSecond(now + 86_400).toString(), grace.path("nextRetry"));
        assertEquals("in_2" + run, grace.path("failingInvoiceId"));
        assertEquals(200, today(w.client().token(), w, w.clientId()).statusCode());
        assertEquals(201, checkIn(w.client().token(), w, w.clientId(), form).statusCode());

        // the coach retries at once; Stripe's events of the payment settle it
        stripe.stubFor(post(urlEqualTo("/v1/invoices/in_2" + run + "/pay")).willReturn(json(invoice("in_2" + run, customer, sub, "paid", 2, null))));
        Response retried = TestServer.as(w.owner().token()).post("/api/v1/workspaces/{w}/billing/invoices/{i}/retry", w.id(), "in_2" + run);
        assertEquals(200, retried.statusCode(), retried.asString());
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/invoices/in_2" + run + "/pay")).withHeader("Stripe-Account", equalTo(account)));
        deliver(event("evt_" + run + "_p2", "invoice.paid", now - 400, account, invoice("in_2" + run, customer, sub, "paid", 2, null)),
                event("evt_" + run + "_u3", "customer.subscription.updated", now - 399, account,
                        subscription(sub, customer, "active", o[2], now + 30 * 86_400, null)));
        assertEquals("active", billing(w.owner().token(), w, w.clientId()).path("access"));
        // an older failure delivered late moves nothing backwards
        deliver(event("evt_" + run + "_f2late", "invoice.payment_failed", failed + 2, account,
                invoice("in_2" + run, customer, sub, "open", 1, now + 86_400)));
        assertEquals("active", billing(w.owner().token(), w, w.clientId()).path("access"));

        // it fails again: in grace for 7 days; the coach shortens the grace period to 0 and it is over at once (evaluated when asked)
        long failedAgain = now - 300;
        deliver(event("evt_" + run + "_f3", "invoice.payment_failed", failedAgain, account,
                invoice("in_3" + run, customer, sub, "open", 1, now + 2 * 86_400)));
        assertEquals("grace", billing(w.owner().token(), w, w.clientId()).path("access"));
        assertEquals(400, TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("gracePeriodDays", 61))
                .put("/api/v1/workspaces/{w}/billing/access-settings", w.id()).statusCode());
        assertEquals(403, TestServer.as(w.coach().token()).contentType(ContentType.JSON).body(Map.of("gracePeriodDays", 0))
                .put("/api/v1/workspaces/{w}/billing/access-settings", w.id()).statusCode());
        Response set = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("gracePeriodDays", 0))
                .put("/api/v1/workspaces/{w}/billing/access-settings", w.id());
        assertEquals(200, set.statusCode(), set.asString());
        assertEquals(0, (int) (Integer) TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/billing/access-settings", w.id()).path("gracePeriodDays"));
        Response paused = TestServer.as(w.client().token()).get("/api/v1/workspaces/{w}/clients/me/billing", w.id());
        assertEquals("paused", paused.path("access"), paused.asString());
        assertEquals(Instant.ofEpochSecond(failedAgain).toString(), paused.path("since"));
        assertEquals(Instant.ofEpochSecond(now + 2 * 86_400).toString(), paused.path("nextRetry"));

        // paused: the client's today's workout, logging and check-ins are refused with the problem, naming since when
        Response refused = today(w.client().token(), w, w.clientId());
        assertEquals(402, refused.statusCode(), refused.asString());
        assertEquals("https://coachkeep.app/problems/access-paused", refused.path("type"));
        assertTrue(refused.<String>path("detail").contains(Instant.ofEpochSecond(failedAgain).toString()), refused.asString());
        Response noCheckin = checkIn(w.client().token(), w, w.clientId(), form);
        assertEquals(402, noCheckin.statusCode(), noCheckin.asString());
        assertEquals("https://coachkeep.app/problems/access-paused", noCheckin.path("type"));
        Response noLog = TestServer.as(w.client().token()).contentType(ContentType.JSON).body(Map.of("performedOn", LocalDate.now(ZoneOffset.UTC).toString()))
                .put(CLIENTS + "/workouts/{l}", w.id(), w.clientId(), UUID.randomUUID().toString());
        assertEquals(402, noLog.statusCode(), noLog.asString());
        // ... while they read their own data, and the coach's own access works
        assertEquals(200, TestServer.as(w.client().token()).get(CLIENTS + "/programs", w.id(), w.clientId()).statusCode());
        assertEquals(200, TestServer.as(w.client().token()).get(CLIENTS + "/checkins", w.id(), w.clientId()).statusCode());
        assertEquals(200, TestServer.as(w.client().token()).get(CLIENTS, w.id(), w.clientId()).statusCode());
        assertEquals(200, today(w.coach().token(), w, w.clientId()).statusCode());
        assertEquals(201, checkIn(w.coach().token(), w, w.clientId(), form).statusCode());

        // paid: access returns at once
        deliver(event("evt_" + run + "_p3", "invoice.paid", now - 200, account, invoice("in_3" + run, customer, sub, "paid", 2, null)));
        assertEquals("active", TestServer.as(w.client().token()).get("/api/v1/workspaces/{w}/clients/me/billing", w.id()).path("access"));
        assertEquals(200, today(w.client().token(), w, w.clientId()).statusCode());
        assertEquals(201, checkIn(w.client().token(), w, w.clientId(), form).statusCode());
        System.out.printf("[billing] payment-aware access: checkout -> paid -> failed -> grace -> retried -> paid -> failed -> paused -> paid "
                + "in %d ms (10 signed events applied by the inbox; the workspace, offer, program and form before it: %d ms)%n",
                Duration.between(flow, Instant.now()).toMillis(), setupMillis);
    }

    @Test
    void aPausedSubscriptionMovesTheCalendarProgramByThePausedDaysAndLeavesASequenceProgram() throws Exception {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Workspaces.Populated w = Workspaces.populated("Pause shift " + run);
        String[] o = onboardedWithOffer(w, run);
        String sub = "sub_ps" + run;
        String customer = "cus_ps" + run;
        long now = Instant.now().getEpochSecond();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String calendar = program(w, w.otherClientId(), today.minusDays(7), "calendar");
        String sequence = program(w, w.otherClientId(), today.minusDays(7), "sequence");
        checkout(w, o[0], o[1], o[2], w.otherClientId(), sub, customer, now - 10 * 86_400);
        // collection paused five days ago, resumed now
        deliver(event("evt_" + run + "_pause", "customer.subscription.updated", now - 5 * 86_400, o[0],
                subscription(sub, customer, "active", o[2], now + 20 * 86_400, "void")));
        Response pausedState = billing(w.owner().token(), w, w.otherClientId());
        assertEquals(true, pausedState.path("subscriptions[0].paused"), pausedState.asString());
        assertEquals("void", pausedState.path("subscriptions[0].pauseBehavior"));
        assertEquals("active", pausedState.path("access"));
        deliver(event("evt_" + run + "_resume", "customer.subscription.updated", now, o[0],
                subscription(sub, customer, "active", o[2], now + 20 * 86_400, null)));
        assertEquals(false, billing(w.owner().token(), w, w.otherClientId()).path("subscriptions[0].paused"));
        assertEquals(today.minusDays(2).toString(), TestServer.as(w.owner().token()).get(CLIENTS + "/programs/{p}", w.id(), w.otherClientId(), calendar)
                .path("startDate"));
        assertEquals(today.minusDays(7).toString(), TestServer.as(w.owner().token()).get(CLIENTS + "/programs/{p}", w.id(), w.otherClientId(), sequence)
                .path("startDate"));
        // the resume is applied once: delivered again, it moves nothing
        deliver(event("evt_" + run + "_resume", "customer.subscription.updated", now, o[0],
                subscription(sub, customer, "active", o[2], now + 20 * 86_400, null)));
        assertEquals(today.minusDays(2).toString(), TestServer.as(w.owner().token()).get(CLIENTS + "/programs/{p}", w.id(), w.otherClientId(), calendar)
                .path("startDate"));
    }

    @Test
    void theClientOpensTheCustomerPortalOnTheCoachsAccountAndArchivingAskesTheCoachThenCancelsOnce() throws Exception {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Workspaces.Populated w = Workspaces.populated("Portal archive " + run);
        String[] o = onboardedWithOffer(w, run);
        String account = o[0];
        String sub = "sub_ar" + run;
        String customer = "cus_ar" + run;
        assertEquals(409, TestServer.as(w.client().token()).post("/api/v1/workspaces/{w}/clients/me/billing/portal-sessions", w.id()).statusCode());
        checkout(w, account, o[1], o[2], w.clientId(), sub, customer, Instant.now().getEpochSecond() - 100);

        stripe.stubFor(post(urlEqualTo("/v1/billing_portal/sessions")).withHeader("Stripe-Account", equalTo(account))
                .willReturn(json("{\"id\":\"bps_" + run + "\",\"object\":\"billing_portal.session\",\"url\":\"https://billing.stripe.com/p/session/"
                        + run + "\"}")));
        Response portal = TestServer.as(w.client().token()).post("/api/v1/workspaces/{w}/clients/me/billing/portal-sessions", w.id());
        assertEquals(201, portal.statusCode(), portal.asString());
        assertEquals("https://billing.stripe.com/p/session/" + run, portal.path("url"));
        var sent = stripe.findAll(postRequestedFor(urlEqualTo("/v1/billing_portal/sessions")).withHeader("Stripe-Account", equalTo(account)));
        assertEquals(1, sent.size());
        assertTrue(sent.get(0).getBodyAsString().contains("customer=" + customer), sent.get(0).getBodyAsString());
        assertEquals(403, TestServer.as(w.owner().token()).post("/api/v1/workspaces/{w}/clients/me/billing/portal-sessions", w.id()).statusCode());

        // archiving without a decision: 409, nothing changed
        Response ask = TestServer.as(w.owner().token()).contentType("application/merge-patch+json").body(Map.of("status", "archived"))
                .patch(CLIENTS, w.id(), w.clientId());
        assertEquals(409, ask.statusCode(), ask.asString());
        assertEquals("https://coachkeep.app/problems/subscription-active", ask.path("type"));
        Response revokeAsk = TestServer.as(w.owner().token()).delete(CLIENTS + "/access", w.id(), w.clientId());
        assertEquals(409, revokeAsk.statusCode(), revokeAsk.asString());
        assertEquals(400, TestServer.as(w.owner().token()).queryParam("cancelSubscription", "maybe").delete(CLIENTS + "/access", w.id(), w.clientId())
                .statusCode());
        assertEquals("active", TestServer.as(w.owner().token()).get(CLIENTS, w.id(), w.clientId()).path("status"));
        assertEquals(200, TestServer.as(w.client().token()).get(CLIENTS, w.id(), w.clientId()).statusCode());
        assertEquals(0, stripe.findAll(deleteRequestedFor(urlEqualTo("/v1/subscriptions/" + sub))).size());

        // with cancel: Stripe cancels it on the coach's account, once, under its idempotency key
        stripe.stubFor(delete(urlEqualTo("/v1/subscriptions/" + sub)).withHeader("Stripe-Account", equalTo(account))
                .willReturn(json(subscription(sub, customer, "canceled", o[2], Instant.now().getEpochSecond(), null))));
        Response archived = TestServer.as(w.owner().token()).contentType("application/merge-patch+json").queryParam("cancelSubscription", "true")
                .body(Map.of("status", "archived")).patch(CLIENTS, w.id(), w.clientId());
        assertEquals(200, archived.statusCode(), archived.asString());
        assertEquals("archived", archived.path("status"));
        var cancels = stripe.findAll(deleteRequestedFor(urlEqualTo("/v1/subscriptions/" + sub)));
        assertEquals(1, cancels.size());
        assertEquals(account, cancels.get(0).getHeader("Stripe-Account"));
        assertEquals("subscription-cancel:" + sub, cancels.get(0).getHeader("Idempotency-Key"));
        // Stripe's event of the cancellation mirrors it
        deliver(event("evt_" + run + "_del", "customer.subscription.deleted", Instant.now().getEpochSecond(), account,
                subscription(sub, customer, "canceled", o[2], Instant.now().getEpochSecond(), null)));
        Response after = billing(w.owner().token(), w, w.clientId());
        assertEquals("canceled", after.path("subscriptions[0].status"), after.asString());
        assertNull(after.path("since"));
    }
}
