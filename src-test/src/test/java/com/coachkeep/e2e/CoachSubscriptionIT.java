package com.coachkeep.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.Exports;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The workspace's own subscription to Coachkeep through Stripe Billing on the platform account, against a WireMock stub
 * of Stripe's API, with the platform's webhook events signed by stripe-java's own helper (docs/billing.md): checkout on
 * the platform account (no {@code Stripe-Account} header, the plan's platform price), the subscription mirrored from
 * the platform's events and never moved backwards, the plan's limit of active clients, the customer portal, and
 * cancelling self-service with the workspace readable and exportable afterwards. The test server's plans
 * ({@code COACHKEEP_BILLING_PLANS} in the POM): {@code starter} allows 2 active clients, {@code pro} any number.
 */
class CoachSubscriptionIT {
    static final String SUBSCRIPTION = "/api/v1/workspaces/{w}/billing/subscription";
    static final String JSON = "application/json";

    static WireMockServer stripe;

    @BeforeAll
    static void stubStripe() {
        stripe = new WireMockServer(WireMockConfiguration.options().port(BillingIT.STRIPE_PORT).bindAddress("127.0.0.1"));
        stripe.start();
        stripe.stubFor(post(urlEqualTo("/v1/checkout/sessions")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", JSON)
                .withBody("{\"id\":\"cs_coach_1\",\"object\":\"checkout.session\",\"mode\":\"subscription\",\"status\":\"open\","
                        + "\"url\":\"https://checkout.stripe.com/c/pay/cs_coach_1\"}")));
        stripe.stubFor(post(urlEqualTo("/v1/billing_portal/sessions")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", JSON)
                .withBody("{\"id\":\"bps_1\",\"object\":\"billing_portal.session\",\"url\":\"https://billing.stripe.com/p/session/test_1\"}")));
    }

    @AfterAll
    static void stop() {
        if (stripe != null) {
            stripe.stop();
        }
    }

    // --- Stripe-shaped objects of the platform account --------------------------------------------------------------

    /** What one subscription of a workspace is called at Stripe. */
    record Sub(String workspace, String checkout, String id, String customer) {
    }

    static String subscriptionObject(Sub s, String price, String status, boolean cancelAtPeriodEnd, long created, long periodEnd, Long canceledAt) {
        return "{\"id\":\"" + s.id() + "\",\"object\":\"subscription\",\"customer\":\"" + s.customer() + "\",\"status\":\"" + status + "\","
                + "\"cancel_at_period_end\":" + cancelAtPeriodEnd + ",\"cancel_at\":null,\"canceled_at\":" + canceledAt + ",\"created\":" + created + ","
                + "\"metadata\":{\"coachkeep_workspace_id\":\"" + s.workspace() + "\",\"coachkeep_coach_checkout\":\"" + s.checkout() + "\"},"
                + "\"items\":{\"object\":\"list\",\"data\":[{\"id\":\"si_" + s.id() + "\",\"object\":\"subscription_item\",\"current_period_start\":"
                + created + ",\"current_period_end\":" + periodEnd + ",\"price\":{\"id\":\"" + price + "\",\"object\":\"price\"}}]}}";
    }

    static String sessionObject(Sub s, String status) {
        return "{\"id\":\"cs_" + s.checkout() + "\",\"object\":\"checkout.session\",\"mode\":\"subscription\",\"status\":\"" + status + "\","
                + "\"client_reference_id\":\"" + s.workspace() + "\",\"customer\":\"" + s.customer() + "\",\"subscription\":\"" + s.id() + "\","
                + "\"metadata\":{\"coachkeep_workspace_id\":\"" + s.workspace() + "\",\"coachkeep_coach_checkout\":\"" + s.checkout() + "\"}}";
    }

    static String platformEvent(String type, long created, String object) throws Exception {
        String id = "evt_cs_" + UUID.randomUUID().toString().replace("-", "");
        Response r = BillingIT.deliverSigned(BillingIT.PLATFORM, BillingIT.event(id, type, created, null, object));
        assertEquals(200, r.statusCode(), r.asString());
        return id;
    }

    /** Delivers the events, waits until the inbox applied them, and checks each was applied (not failed). */
    static void applied(String... eventIds) throws Exception {
        BillingIT.awaitApplied(List.of(eventIds), Duration.ofSeconds(30));
        for (String id : eventIds) {
            assertEquals("processed", BillingIT.status(id), id);
        }
    }

    static Map<String, Object> subscription(Workspaces.Populated w) {
        Response r = TestServer.as(w.owner().token()).get(SUBSCRIPTION, w.id());
        assertEquals(200, r.statusCode(), r.asString());
        return r.path("");
    }

    /** The owner subscribes to the plan on Stripe's page, and Stripe reports the checkout and the subscription active. */
    static Sub subscribe(Workspaces.Populated w, String plan, String price) throws Exception {
        Response started = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("plan", plan))
                .post(SUBSCRIPTION + "/checkout-sessions", w.id());
        assertEquals(201, started.statusCode(), started.asString());
        assertEquals("https://checkout.stripe.com/c/pay/cs_coach_1", started.path("url"));
        String checkout = started.path("id");
        Sub s = new Sub(w.id(), checkout, "sub_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14),
                "cus_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14));
        long now = Instant.now().getEpochSecond();
        applied(platformEvent("checkout.session.completed", now - 5, sessionObject(s, "complete")),
                platformEvent("customer.subscription.created", now - 5, subscriptionObject(s, price, "active", false, now - 5, now + 30 * 86_400L, null)));
        return s;
    }

    static long rows(String table, String workspaceId) throws Exception {
        try (Connection c = BillingIT.db(); var q = c.prepareStatement("select count(*) from " + table + " where workspace_id = cast(? as uuid)")) {
            q.setString(1, workspaceId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static Response invite(Workspaces.Populated w, String label) {
        return TestServer.as(w.owner().token()).contentType(ContentType.JSON)
                .body(Map.of("displayName", "New client " + label, "email", "new-" + label + "-" + UUID.randomUUID() + "@example.com"))
                .post("/api/v1/workspaces/{w}/clients", w.id());
    }

    static Response status(Workspaces.Populated w, String clientId, String status) {
        return TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("status", status))
                .patch("/api/v1/workspaces/{w}/clients/{c}", w.id(), clientId);
    }

    static Map<String, String> form(LoggedRequest request) {
        Map<String, String> out = new TreeMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** The one request of the coach's checkout (by its idempotency key). */
    static LoggedRequest coachCheckoutRequest(String checkoutId) {
        List<LoggedRequest> found = stripe.findAll(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
                .withHeader("Idempotency-Key", equalTo("coach-checkout:" + checkoutId)));
        assertEquals(1, found.size());
        return found.get(0);
    }

    // --- the tests ------------------------------------------------------------------------------------------------

    @Test
    void subscribingOnThePlatformAccountMirrorsThePlanAndItsLimitRefusesTheClientBeyondItChangingNothing() throws Exception {
        Workspaces.Populated w = Workspaces.populated("Coach plan " + UUID.randomUUID().toString().substring(0, 8));
        Response plans = TestServer.as(w.owner().token()).get(SUBSCRIPTION + "/plans", w.id());
        assertEquals(200, plans.statusCode(), plans.asString());
        assertEquals(List.of("starter", "pro"), plans.path("items.key"));
        assertEquals(2, (int) plans.path("items[0].clientLimit"));
        assertNull(plans.path("items[1].clientLimit"));

        // never subscribed: no limit (no free-tier limit is configured), the two clients of the populated workspace
        Map<String, Object> before = subscription(w);
        assertEquals("none", before.get("status"));
        assertNull(before.get("clientLimit"));
        assertEquals(2, before.get("activeClients"));
        assertEquals(true, before.get("canAddClients"));
        // billing is the owner's: a coach can neither read it nor subscribe
        TestServer.as(w.coach().token()).get(SUBSCRIPTION, w.id()).then().statusCode(403);
        TestServer.as(w.coach().token()).contentType(ContentType.JSON).body(Map.of("plan", "starter"))
                .post(SUBSCRIPTION + "/checkout-sessions", w.id()).then().statusCode(403);
        Response unknown = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("plan", "platinum"))
                .post(SUBSCRIPTION + "/checkout-sessions", w.id());
        assertEquals(400, unknown.statusCode(), unknown.asString());
        assertTrue(unknown.asString().contains("plan"), unknown.asString());

        Sub s = subscribe(w, "starter", "price_it_starter");
        // the checkout went to Coachkeep's own account: no Stripe-Account header, the plan's platform price, the workspace as reference
        LoggedRequest checkout = coachCheckoutRequest(s.checkout());
        assertNull(checkout.getHeader("Stripe-Account"), "the coach's subscription is on the platform account");
        Map<String, String> sent = form(checkout);
        assertEquals("subscription", sent.get("mode"));
        assertEquals("price_it_starter", sent.get("line_items[0][price]"));
        assertEquals(w.id(), sent.get("client_reference_id"));
        assertEquals(w.id(), sent.get("subscription_data[metadata][coachkeep_workspace_id]"));
        assertEquals(s.checkout(), sent.get("subscription_data[metadata][coachkeep_coach_checkout]"));

        Map<String, Object> active = subscription(w);
        assertEquals("active", active.get("status"));
        assertEquals("starter", active.get("plan"));
        assertEquals(s.id(), active.get("stripeSubscriptionId"));
        assertNotNull(active.get("currentPeriodEnd"));
        assertEquals(false, active.get("cancelAtPeriodEnd"));
        assertEquals(2, active.get("clientLimit"));
        assertEquals(2, active.get("activeClients"));
        assertEquals(false, active.get("canAddClients"));
        // a second subscription while one is live is refused: the plan is changed in the portal
        Response twice = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("plan", "pro"))
                .post(SUBSCRIPTION + "/checkout-sessions", w.id());
        assertEquals(409, twice.statusCode(), twice.asString());
        assertEquals("https://coachkeep.app/problems/coach-subscription-exists", twice.path("type"));

        // a third active client is refused with the plan's problem, naming the plan and the limit; nothing is stored or sent
        long clients = rows("client", w.id());
        long invitations = rows("invitation", w.id());
        long outbox = rows("outbox_message", w.id());
        Response refused = invite(w, "third");
        assertEquals(402, refused.statusCode(), refused.asString());
        assertEquals("https://coachkeep.app/problems/plan-limit-reached", refused.path("type"));
        assertTrue(refused.<String>path("detail").contains("'starter' allows 2 active clients"), refused.asString());
        assertEquals(clients, rows("client", w.id()));
        assertEquals(invitations, rows("invitation", w.id()));
        assertEquals(outbox, rows("outbox_message", w.id()));

        // archiving one makes room; restoring it beyond the limit is refused and leaves it archived
        assertEquals(200, status(w, w.otherClientId(), "archived").statusCode());
        Response third = invite(w, "instead");
        assertEquals(201, third.statusCode(), third.asString());
        Response restore = status(w, w.otherClientId(), "active");
        assertEquals(402, restore.statusCode(), restore.asString());
        assertEquals("https://coachkeep.app/problems/plan-limit-reached", restore.path("type"));
        assertEquals("archived", TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/clients/{c}", w.id(), w.otherClientId()).path("status"));

        // Stripe delivers an older state late: it does not move the mirror backwards
        long now = Instant.now().getEpochSecond();
        applied(platformEvent("customer.subscription.updated", now - 3600,
                subscriptionObject(s, "price_it_starter", "past_due", false, now - 3600, now, null)));
        assertEquals("active", subscription(w).get("status"));
        // a plan change in the portal (a newer event naming the pro price) lifts the limit
        applied(platformEvent("customer.subscription.updated", now + 1,
                subscriptionObject(s, "price_it_pro", "active", false, now - 5, now + 30 * 86_400L, null)));
        Map<String, Object> pro = subscription(w);
        assertEquals("pro", pro.get("plan"));
        assertNull(pro.get("clientLimit"));
        assertEquals(200, status(w, w.otherClientId(), "active").statusCode());
        assertEquals(3, subscription(w).get("activeClients"));
    }

    @Test
    void theOwnerOpensStripesCustomerPortalOnThePlatformAccount() throws Exception {
        Workspaces.Populated w = Workspaces.populated("Coach portal " + UUID.randomUUID().toString().substring(0, 8));
        Response none = TestServer.as(w.owner().token()).post(SUBSCRIPTION + "/portal-sessions", w.id());
        assertEquals(409, none.statusCode(), none.asString());
        assertEquals("https://coachkeep.app/problems/coach-subscription-missing", none.path("type"));

        Sub s = subscribe(w, "pro", "price_it_pro");
        Response portal = TestServer.as(w.owner().token()).post(SUBSCRIPTION + "/portal-sessions", w.id());
        assertEquals(201, portal.statusCode(), portal.asString());
        assertEquals("https://billing.stripe.com/p/session/test_1", portal.path("url"));
        assertEquals("no-store", portal.header("Cache-Control"));
        List<LoggedRequest> calls = stripe.findAll(postRequestedFor(urlEqualTo("/v1/billing_portal/sessions"))
                .withRequestBody(containing("customer=" + s.customer())));
        assertEquals(1, calls.size());
        assertNull(calls.get(0).getHeader("Stripe-Account"));
        assertTrue(calls.get(0).getHeader("Idempotency-Key").startsWith("billing-portal:" + s.customer() + ":"));
        TestServer.as(w.coach().token()).post(SUBSCRIPTION + "/portal-sessions", w.id()).then().statusCode(403);
    }

    @Test
    @Tag("promise:P-CXL-1")
    void theOwnerCancelsSelfServiceAtAnyTimeAndTheWorkspaceStaysReadableAndExportable() throws Exception {
        Workspaces.Populated w = Workspaces.populated("Coach cancel " + UUID.randomUUID().toString().substring(0, 8));
        Sub s = subscribe(w, "pro", "price_it_pro");
        long now = Instant.now().getEpochSecond();
        String path = "/v1/subscriptions/" + s.id();
        stripe.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", JSON)
                .withBody(subscriptionObject(s, "price_it_pro", "active", true, now - 5, now + 30 * 86_400L, null))));
        stripe.stubFor(delete(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", JSON)
                .withBody(subscriptionObject(s, "price_it_pro", "canceled", false, now - 5, now + 30 * 86_400L, now))));

        // only the owner cancels
        TestServer.as(w.coach().token()).contentType(ContentType.JSON).body(Map.of()).post(SUBSCRIPTION + "/cancel", w.id()).then().statusCode(403);
        stripe.verify(0, com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(urlPathEqualTo(path)));

        // at the end of the period, by default: Stripe is asked on the platform account, with an idempotency key
        Response atEnd = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of()).post(SUBSCRIPTION + "/cancel", w.id());
        assertEquals(200, atEnd.statusCode(), atEnd.asString());
        assertEquals(true, atEnd.path("cancelAtPeriodEnd"));
        assertEquals("active", atEnd.path("status"));
        List<LoggedRequest> updates = stripe.findAll(postRequestedFor(urlEqualTo(path)));
        assertEquals(1, updates.size());
        assertEquals("true", form(updates.get(0)).get("cancel_at_period_end"));
        assertNull(updates.get(0).getHeader("Stripe-Account"));
        assertTrue(updates.get(0).getHeader("Idempotency-Key").startsWith("coach-subscription-cancel:" + s.id() + ":period-end:"));
        applied(platformEvent("customer.subscription.updated", now + 1,
                subscriptionObject(s, "price_it_pro", "active", true, now - 5, now + 30 * 86_400L, null)));
        Map<String, Object> ending = subscription(w);
        assertEquals("active", ending.get("status"));
        assertEquals(true, ending.get("cancelAtPeriodEnd"));

        // or at once, whenever the owner asks
        Response atOnce = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("when", "now")).post(SUBSCRIPTION + "/cancel", w.id());
        assertEquals(200, atOnce.statusCode(), atOnce.asString());
        assertEquals("canceled", atOnce.path("status"));
        stripe.verify(1, deleteRequestedFor(urlPathEqualTo(path)).withHeader("Stripe-Account", absent())
                .withHeader("Idempotency-Key", containing("coach-subscription-cancel:" + s.id() + ":now:")));
        applied(platformEvent("customer.subscription.deleted", now + 2,
                subscriptionObject(s, "price_it_pro", "canceled", false, now - 5, now + 30 * 86_400L, now + 2)));
        Map<String, Object> ended = subscription(w);
        assertEquals("canceled", ended.get("status"));
        assertNull(ended.get("plan"));
        assertEquals(0, ended.get("clientLimit"));
        assertEquals(false, ended.get("canAddClients"));
        assertNotNull(ended.get("canceledAt"));
        // nothing left to cancel
        Response again = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of()).post(SUBSCRIPTION + "/cancel", w.id());
        assertEquals(409, again.statusCode(), again.asString());

        // the workspace's data stays readable: clients, their records, the coach's notes
        Response clients = TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/clients", w.id());
        assertEquals(200, clients.statusCode(), clients.asString());
        assertEquals(2, clients.<List<?>>path("items").size());
        assertEquals(200, TestServer.as(w.coach().token()).get("/api/v1/workspaces/{w}/clients/{c}", w.id(), w.clientId()).statusCode());
        assertEquals(200, TestServer.as(w.coach().token()).get("/api/v1/workspaces/{w}/clients/{c}/notes", w.id(), w.clientId()).statusCode());
        // adding a client needs a subscription again: a clear problem, nothing stored
        long before = rows("client", w.id());
        Response add = invite(w, "after-cancel");
        assertEquals(402, add.statusCode(), add.asString());
        assertEquals("https://coachkeep.app/problems/coach-subscription-inactive", add.path("type"));
        assertEquals(before, rows("client", w.id()));

        // and exportable: the owner's archive holds the clients and the subscription's history
        Response requested = TestServer.as(w.owner().token()).post("/api/v1/workspaces/{w}/exports", w.id());
        assertEquals(202, requested.statusCode(), requested.asString());
        Response ready = Exports.awaitReady(w.owner().token(), w.id(), requested.path("id"));
        Map<String, String> zip = unzip(w.owner().token(), ready.path("download.url"));
        assertTrue(zip.containsKey("roster/clients/" + w.clientId() + ".json"), zip.keySet().toString());
        String subscriptions = zip.get("subscription/subscriptions.csv");
        assertNotNull(subscriptions, zip.keySet().toString());
        assertTrue(subscriptions.contains(s.id()) && subscriptions.contains("canceled") && subscriptions.contains("pro"), subscriptions);
        assertTrue(zip.get("README.txt").contains("subscriptions.csv"));

        // subscribing again is open at any time, for the same Stripe customer
        Response resubscribe = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("plan", "starter"))
                .post(SUBSCRIPTION + "/checkout-sessions", w.id());
        assertEquals(201, resubscribe.statusCode(), resubscribe.asString());
        assertEquals(s.customer(), form(coachCheckoutRequest(resubscribe.path("id"))).get("customer"));
    }

    @Test
    @Tag("promise:P-PAY-2")
    void clientBillingRunsOnTheCoachsConnectedAccountAndTheCoachsSubscriptionOnThePlatformAccount() throws Exception {
        Workspaces.Populated w = Workspaces.populated("Two accounts " + UUID.randomUUID().toString().substring(0, 8));
        // Stripe Connect: the coach's own account (its own dashboard and payouts), the offer and the client's checkout on it
        String account = "acct_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        stripe.stubFor(post(urlEqualTo("/v1/accounts")).withHeader("Idempotency-Key", equalTo("connect-account:" + w.id()))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", JSON).withBody("{\"id\":\"" + account + "\",\"object\":\"account\"}")));
        stripe.stubFor(post(urlEqualTo("/v1/account_links")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", JSON)
                .withBody("{\"object\":\"account_link\",\"url\":\"https://connect.stripe.com/setup/e/" + account + "\"}")));
        stripe.stubFor(post(urlEqualTo("/v1/products")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", JSON)
                .withBody("{\"id\":\"prod_two\",\"object\":\"product\"}")));
        stripe.stubFor(post(urlEqualTo("/v1/prices")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", JSON)
                .withBody("{\"id\":\"price_client_two\",\"object\":\"price\"}")));
        assertEquals(201, TestServer.as(w.owner().token()).post("/api/v1/workspaces/{w}/billing/connect/onboarding-links", w.id()).statusCode());
        LoggedRequest created = stripe.findAll(postRequestedFor(urlEqualTo("/v1/accounts"))
                .withHeader("Idempotency-Key", equalTo("connect-account:" + w.id()))).get(0);
        assertEquals("full", form(created).get("controller[stripe_dashboard][type]"), "a Connect account with its own dashboard and payouts");
        String updated = "evt_cs_" + UUID.randomUUID().toString().replace("-", "");
        assertEquals(200, BillingIT.deliverSigned(BillingIT.CONNECT, BillingIT.event(updated, "account.updated", Instant.now().getEpochSecond(), account,
                BillingIT.accountObject(account, true, true, true, List.of()))).statusCode());
        applied(updated);
        Response connected = TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/billing/connect", w.id());
        assertEquals("ready", connected.path("status"));
        assertEquals(true, connected.path("payoutsEnabled"));
        String offer = TestServer.as(w.owner().token()).contentType(ContentType.JSON)
                .body(Map.of("name", "Monthly coaching", "interval", "month", "amount", 9900, "currency", "eur"))
                .post("/api/v1/workspaces/{w}/billing/offers", w.id()).then().statusCode(201).extract().path("id");
        Response clientCheckout = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("clientId", w.clientId()))
                .post("/api/v1/workspaces/{w}/billing/offers/{o}/checkout-sessions", w.id(), offer);
        assertEquals(201, clientCheckout.statusCode(), clientCheckout.asString());
        for (String call : List.of("/v1/products", "/v1/prices")) {
            List<LoggedRequest> made = stripe.findAll(postRequestedFor(urlEqualTo(call)).withHeader("Idempotency-Key", containing("offer:")));
            assertFalse(made.isEmpty(), call);
            made.stream().filter(r -> r.getHeader("Idempotency-Key").contains(offer))
                    .forEach(r -> assertEquals(account, r.getHeader("Stripe-Account"), call + " on the coach's account"));
        }
        LoggedRequest clientSession = stripe.findAll(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
                .withHeader("Idempotency-Key", equalTo("checkout:" + clientCheckout.path("id")))).get(0);
        assertEquals(account, clientSession.getHeader("Stripe-Account"), "the client pays on the coach's connected account");
        assertEquals("price_client_two", form(clientSession).get("line_items[0][price]"));
        assertNotNull(form(clientSession).get("subscription_data[application_fee_percent]"), "the platform's share is an application fee");

        // Stripe Billing: the coach's own subscription to Coachkeep is on the platform account, at the plan's platform price
        Sub s = subscribe(w, "pro", "price_it_pro");
        LoggedRequest coachSession = coachCheckoutRequest(s.checkout());
        assertNull(coachSession.getHeader("Stripe-Account"), "the coach's subscription is Coachkeep's own, on the platform account");
        assertEquals("price_it_pro", form(coachSession).get("line_items[0][price]"));
        assertNull(form(coachSession).get("subscription_data[application_fee_percent]"));
        assertEquals("active", subscription(w).get("status"));
        assertEquals("pro", subscription(w).get("plan"));
    }

    static Map<String, String> unzip(String token, String url) throws Exception {
        Response r = TestServer.as(token).get(url);
        assertEquals(200, r.statusCode(), r.asString());
        Map<String, String> entries = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.asByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    // --- deleting a workspace ends its subscription at Stripe ----------------------------------------------------------

    /** The owner deletes the workspace (typed name): answered at once, erased by the deletion job. */
    static void deleteWorkspace(Workspaces.Populated w, String name) {
        Response r = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("confirmName", name))
                .delete("/api/v1/workspaces/{w}", w.id());
        assertEquals(202, r.statusCode(), r.asString());
    }

    static String deletionState(Workspaces.Populated w) {
        return TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/deletion", w.id()).path("state");
    }

    static void awaitErased(Workspaces.Populated w) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!"done".equals(deletionState(w))) {
            assertTrue(Instant.now().isBefore(deadline), "the deletion did not finish");
            Thread.sleep(200);
        }
    }

    static long platformAudit(String action, String subscriptionId) throws Exception {
        try (Connection c = BillingIT.db(); var q = c.prepareStatement("select count(*) from audit_event where workspace_id = cast(? as uuid) "
                + "and action = ? and target_id = ?")) {
            q.setString(1, new UUID(0, 0).toString());
            q.setString(2, action);
            q.setString(3, subscriptionId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void deletingASubscribedWorkspaceCancelsItsSubscriptionAtStripeAtOnceExactlyOnce() throws Exception {
        String name = "Coach gone " + UUID.randomUUID().toString().substring(0, 8);
        Workspaces.Populated w = Workspaces.populated(name);
        Sub s = subscribe(w, "pro", "price_it_pro");
        long now = Instant.now().getEpochSecond();
        String path = "/v1/subscriptions/" + s.id();
        stripe.stubFor(delete(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", JSON)
                .withBody(subscriptionObject(s, "price_it_pro", "canceled", false, now - 5, now + 30 * 86_400L, now))));

        deleteWorkspace(w, name);
        awaitErased(w);

        // one immediate cancellation on the platform account, keyed by the subscription; no proration, no final invoice
        List<LoggedRequest> calls = stripe.findAll(deleteRequestedFor(urlPathEqualTo(path)));
        assertEquals(1, calls.size(), "exactly one cancellation");
        LoggedRequest call = calls.get(0);
        assertNull(call.getHeader("Stripe-Account"), "the coach's subscription is on the platform account");
        assertEquals("coach-subscription-cancel:" + s.id() + ":workspace-deleted", call.getHeader("Idempotency-Key"));
        assertEquals("false", call.queryParameter("prorate").firstValue());
        assertEquals("false", call.queryParameter("invoice_now").firstValue());
        stripe.verify(0, postRequestedFor(urlEqualTo(path)));
        // recorded in the platform's trail (the workspace's own is erased), and the rows are gone
        assertEquals(1, platformAudit("billing.coach_subscription_cancelled", s.id()));
        assertEquals(0, rows("billing_coach_subscription", w.id()));
    }

    @Test
    void whenStripeFailsTheCancellationIsRetriedBeforeTheSubscriptionIsErasedAndThenSucceeds() throws Exception {
        String name = "Coach retry " + UUID.randomUUID().toString().substring(0, 8);
        Workspaces.Populated w = Workspaces.populated(name);
        Sub s = subscribe(w, "starter", "price_it_starter");
        long now = Instant.now().getEpochSecond();
        String path = "/v1/subscriptions/" + s.id();
        // Stripe fails (and tells its library not to retry by itself): the deletion job's own retry is what is tested
        stripe.stubFor(delete(urlPathEqualTo(path)).willReturn(aResponse().withStatus(500).withHeader("Content-Type", JSON)
                .withHeader("Stripe-Should-Retry", "false").withBody("{\"error\":{\"type\":\"api_error\",\"message\":\"down\"}}")));

        deleteWorkspace(w, name);
        // the workspace is gone for its members at once, whatever Stripe says
        TestServer.as(w.owner().token()).get(SUBSCRIPTION, w.id()).then().statusCode(404);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (stripe.findAll(deleteRequestedFor(urlPathEqualTo(path))).size() < 2) {
            assertTrue(Instant.now().isBefore(deadline), "the cancellation was not retried");
            Thread.sleep(100);
        }
        // not erased while the cancellation is pending: the subscription's id is still there, nothing was erased before it
        assertEquals(1, rows("billing_coach_subscription", w.id()));
        assertEquals(2, rows("client", w.id()));
        assertEquals(0, platformAudit("billing.coach_subscription_cancelled", s.id()));

        stripe.stubFor(delete(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", JSON)
                .withBody(subscriptionObject(s, "price_it_starter", "canceled", false, now - 5, now + 30 * 86_400L, now))));
        awaitErased(w);
        List<LoggedRequest> calls = stripe.findAll(deleteRequestedFor(urlPathEqualTo(path)));
        assertTrue(calls.size() >= 3, calls.size() + " calls");
        for (LoggedRequest call : calls) {
            assertEquals("coach-subscription-cancel:" + s.id() + ":workspace-deleted", call.getHeader("Idempotency-Key"));
            assertNull(call.getHeader("Stripe-Account"));
        }
        assertEquals(1, platformAudit("billing.coach_subscription_cancelled", s.id()));
        assertEquals(0, rows("billing_coach_subscription", w.id()));
    }

    @Test
    void deletingAWorkspaceWithoutASubscriptionCallsNothingAtStripe() throws Exception {
        String name = "Coach none " + UUID.randomUUID().toString().substring(0, 8);
        Workspaces.Populated w = Workspaces.populated(name);
        int before = stripe.getAllServeEvents().size();
        deleteWorkspace(w, name);
        awaitErased(w);
        assertEquals(before, stripe.getAllServeEvents().size(), "no call to Stripe");
    }
}
