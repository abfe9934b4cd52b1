package com.coachkeep.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.stripe.Stripe;
import com.stripe.net.Webhook;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Billing data in a test workspace as Stripe would make it: the owner onboards against a WireMock stub of Stripe's API
 * (on the port the test server is pointed at, for the moment of the call), then an invoice arrives as a signed
 * {@code invoice.finalized} event on the Connect endpoint, and a payment as a {@code charge.succeeded} one. For fixtures
 * that need a real invoice or charge id.
 */
public final class StripeFixture {
    public static final int PORT = Integer.getInteger("coachkeep.test.stripePort", 19290);
    public static final String CONNECT_SECRET = "whsec_coachkeep_it_connect";
    private static final Map<String, String> OPEN_INVOICES = new ConcurrentHashMap<>();
    private static final Map<String, String> OFFERS = new ConcurrentHashMap<>();
    private static final Map<String, String> CHARGES = new ConcurrentHashMap<>();
    private static final Map<String, String> COUPONS = new ConcurrentHashMap<>();

    private StripeFixture() {
    }

    /** An open invoice of 49.00 EUR on the workspace's connected account (onboarding it first), once per workspace. */
    public static synchronized String openInvoice(Workspaces.Populated w) {
        return OPEN_INVOICES.computeIfAbsent(w.id(), id -> create(w));
    }

    /** A monthly offer of the workspace (made with its invoice). */
    public static synchronized String offer(Workspaces.Populated w) {
        openInvoice(w);
        return OFFERS.get(w.id());
    }

    /** A succeeded payment of 49.00 EUR on the workspace's connected account (mirrored with its invoice). */
    public static synchronized String charge(Workspaces.Populated w) {
        openInvoice(w);
        return CHARGES.get(w.id());
    }

    /** An active 20% coupon of the workspace with a promotion code (made with its invoice). */
    public static synchronized String coupon(Workspaces.Populated w) {
        openInvoice(w);
        return COUPONS.get(w.id());
    }

    private static String create(Workspaces.Populated w) {
        String account = "acct_fx" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        WireMockServer stripe = new WireMockServer(WireMockConfiguration.options().port(PORT).bindAddress("127.0.0.1"));
        stripe.start();
        try {
            stripe.stubFor(post(urlEqualTo("/v1/accounts")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody("{\"id\":\"" + account + "\",\"object\":\"account\"}")));
            stripe.stubFor(post(urlEqualTo("/v1/account_links")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody("{\"object\":\"account_link\",\"url\":\"https://connect.stripe.com/setup/e/" + account + "\"}")));
            TestServer.as(w.owner().token()).post("/api/v1/workspaces/{w}/billing/connect/onboarding-links", w.id()).then().statusCode(201);
            stripe.stubFor(post(urlEqualTo("/v1/products")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody("{\"id\":\"prod_fx\",\"object\":\"product\"}")));
            stripe.stubFor(post(urlEqualTo("/v1/prices")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody("{\"id\":\"price_fx\",\"object\":\"price\"}")));
            OFFERS.put(w.id(), TestServer.as(w.owner().token()).contentType("application/json")
                    .body(Map.of("name", "Monthly coaching", "interval", "month", "amount", 4900, "currency", "eur"))
                    .post("/api/v1/workspaces/{w}/billing/offers", w.id()).then().statusCode(201).extract().path("id"));
            stripe.stubFor(post(urlEqualTo("/v1/coupons")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody("{\"id\":\"cpn_fx\",\"object\":\"coupon\",\"percent_off\":20}")));
            stripe.stubFor(post(urlEqualTo("/v1/promotion_codes")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody("{\"id\":\"promo_fx\",\"object\":\"promotion_code\",\"code\":\"FIXTURE20\",\"active\":true}")));
            COUPONS.put(w.id(), TestServer.as(w.owner().token()).contentType("application/json")
                    .body(Map.of("name", "Fixture 20%", "percentOff", 20, "duration", "once", "code", "FIXTURE20"))
                    .post("/api/v1/workspaces/{w}/billing/coupons", w.id()).then().statusCode(201).extract().path("id"));
        } finally {
            stripe.stop();
        }
        String invoice = "in_fx" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        long now = Instant.now().getEpochSecond();
        String payload = "{\"id\":\"evt_fx" + UUID.randomUUID().toString().replace("-", "") + "\",\"object\":\"event\",\"api_version\":\""
                + Stripe.API_VERSION + "\",\"created\":" + now + ",\"account\":\"" + account + "\",\"type\":\"invoice.finalized\",\"data\":{\"object\":"
                + "{\"id\":\"" + invoice + "\",\"object\":\"invoice\",\"customer\":\"cus_fx\",\"status\":\"open\",\"amount_due\":4900,\"amount_paid\":0,"
                + "\"currency\":\"eur\",\"attempt_count\":1,\"next_payment_attempt\":" + (now + 86_400) + "}}}";
        try {
            TestServer.request().contentType("application/json; charset=utf-8").header("Stripe-Signature",
                    Webhook.Signature.generateSignatureHeader(payload, CONNECT_SECRET)).body(payload).post("/api/v1/billing/webhooks/connect")
                    .then().statusCode(200);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        String charge = "ch_fx" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        String chargeEvent = "{\"id\":\"evt_fx" + UUID.randomUUID().toString().replace("-", "") + "\",\"object\":\"event\",\"api_version\":\""
                + Stripe.API_VERSION + "\",\"created\":" + now + ",\"account\":\"" + account + "\",\"type\":\"charge.succeeded\",\"data\":{\"object\":"
                + "{\"id\":\"" + charge + "\",\"object\":\"charge\",\"customer\":\"cus_fx\",\"status\":\"succeeded\",\"amount\":4900,"
                + "\"amount_captured\":4900,\"amount_refunded\":0,\"captured\":true,\"currency\":\"eur\",\"created\":" + now + "}}}";
        try {
            TestServer.request().contentType("application/json; charset=utf-8").header("Stripe-Signature",
                    Webhook.Signature.generateSignatureHeader(chargeEvent, CONNECT_SECRET)).body(chargeEvent).post("/api/v1/billing/webhooks/connect")
                    .then().statusCode(200);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            List<String> ids = TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/billing/invoices", w.id()).path("items.id");
            List<String> charges = TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/billing/charges", w.id()).path("items.id");
            if (ids.contains(invoice) && charges.contains(charge)) {
                CHARGES.put(w.id(), charge);
                return invoice;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the billing inbox did not apply the fixture's invoice within 30 s");
    }
}
