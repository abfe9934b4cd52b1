package com.coachkeep.infrastructure.stripe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.billing.application.port.in.WebhookSource;
import com.coachkeep.billing.application.port.out.BillingEventReaderPort;
import com.coachkeep.billing.domain.BillingEvent;
import com.coachkeep.billing.domain.PaymentsNotConfiguredException;
import com.coachkeep.billing.domain.WebhookRejectedException;
import com.stripe.Stripe;
import com.stripe.net.Webhook;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Stripe adapter's verification and reading of events, with payloads signed by stripe-java's own helper. */
class StripeAdapterTest {
    static final String SECRET = "whsec_test_connect";
    static final StripeSettings SETTINGS = new StripeSettings(Optional.of("sk_test_x"), Optional.of("whsec_test_platform"), Optional.of(SECRET), 500,
            "http://127.0.0.1:1", Duration.ofSeconds(300), "http://localhost");
    final StripeWebhookVerifier verifier = new StripeWebhookVerifier(SETTINGS);

    static String invoiceEvent(String id, long created) {
        return "{\"id\":\"" + id + "\",\"object\":\"event\",\"api_version\":\"" + Stripe.API_VERSION + "\",\"created\":" + created
                + ",\"account\":\"acct_1\",\"type\":\"invoice.payment_failed\",\"data\":{\"object\":{\"id\":\"in_1\",\"object\":\"invoice\","
                + "\"customer\":\"cus_1\",\"status\":\"open\",\"amount_due\":4900,\"amount_paid\":0,\"currency\":\"eur\",\"attempt_count\":2,"
                + "\"next_payment_attempt\":" + (created + 86400) + ",\"parent\":{\"type\":\"subscription_details\",\"subscription_details\":"
                + "{\"subscription\":\"sub_1\"}}}}}";
    }

    static String signed(String payload, String secret, long t) throws Exception {
        return "t=" + t + ",v1=" + Webhook.Util.computeHmacSha256(secret, t + "." + payload);
    }

    @Test
    void aRightlySignedEventIsTakenAndReadAsStripeShapedIt() throws Exception {
        long now = Instant.now().getEpochSecond();
        String payload = invoiceEvent("evt_1", now);
        var e = verifier.verify(WebhookSource.CONNECT, payload, Webhook.Signature.generateSignatureHeader(payload, SECRET));
        assertEquals("evt_1", e.id());
        assertEquals("acct_1", e.account());
        BillingEvent read = new StripeEventReader().read(payload);
        var i = (BillingEvent.InvoiceChanged) read;
        assertEquals("in_1", i.invoiceId());
        assertEquals("sub_1", i.subscriptionId());
        assertEquals(2, i.attemptCount());
        assertEquals(Instant.ofEpochSecond(now + 86400), i.nextPaymentAttempt());
        assertEquals("acct_1", i.accountId());
    }

    @Test
    void forgedStaleMalformedAndOtherSourcesSignaturesAreRefused() throws Exception {
        long now = Instant.now().getEpochSecond();
        String payload = invoiceEvent("evt_2", now);
        for (String header : new String[] {null, "", "nonsense", signed(payload, "whsec_other", now), signed(payload, SECRET, now - 301),
                signed(payload, "whsec_test_platform", now)}) {
            assertThrows(WebhookRejectedException.class, () -> verifier.verify(WebhookSource.CONNECT, payload, header), String.valueOf(header));
        }
        assertTrue(assertThrows(WebhookRejectedException.class, () -> verifier.verify(WebhookSource.CONNECT, payload, signed(payload, SECRET, now - 301)))
                .getMessage().contains("tolerance"));
        // the body changed after signing
        assertThrows(WebhookRejectedException.class, () -> verifier.verify(WebhookSource.CONNECT, payload.replace("4900", "1"), signed(payload, SECRET, now)));
        // within the tolerance it is taken
        assertEquals("evt_2", verifier.verify(WebhookSource.CONNECT, payload, signed(payload, SECRET, now - 299)).id());
    }

    @Test
    void anAuthenticBodyThatIsNoEventIsTakenUnderAnIdOfItsContentAndFailsToRead() throws Exception {
        String body = "not json at all";
        var e = verifier.verify(WebhookSource.CONNECT, body, Webhook.Signature.generateSignatureHeader(body, SECRET));
        assertTrue(e.id().startsWith("unreadable_"), e.id());
        assertThrows(BillingEventReaderPort.UnreadableEventException.class, () -> new StripeEventReader().read(body));
        String wrongObject = "{\"id\":\"evt_3\",\"object\":\"event\",\"api_version\":\"" + Stripe.API_VERSION + "\",\"created\":1,"
                + "\"type\":\"invoice.paid\",\"data\":{\"object\":[1]}}";
        assertThrows(BillingEventReaderPort.UnreadableEventException.class, () -> new StripeEventReader().read(wrongObject));
    }

    @Test
    void accountUpdatedCarriesRequirementsAndOtherTypesAreOther() {
        String payload = "{\"id\":\"evt_4\",\"object\":\"event\",\"api_version\":\"" + Stripe.API_VERSION + "\",\"created\":5,\"account\":\"acct_9\","
                + "\"type\":\"account.updated\",\"data\":{\"object\":{\"id\":\"acct_9\",\"object\":\"account\",\"details_submitted\":true,"
                + "\"charges_enabled\":false,\"payouts_enabled\":false,\"requirements\":{\"currently_due\":[\"external_account\"],\"past_due\":[\"tos_acceptance.date\"]}}}}";
        var a = (BillingEvent.AccountUpdated) new StripeEventReader().read(payload);
        assertTrue(a.detailsSubmitted());
        assertFalse(a.chargesEnabled());
        assertEquals(List.of("tos_acceptance.date", "external_account"), a.requirementsDue());
        String other = payload.replace("account.updated", "customer.created");
        assertTrue(new StripeEventReader().read(other) instanceof BillingEvent.Other);
    }

    @Test
    void withoutAWebhookSecretTheEndpointIsNotConfigured() {
        var none = new StripeWebhookVerifier(new StripeSettings(Optional.of("sk"), Optional.empty(), Optional.empty(), 0, "x", Duration.ofSeconds(300), "x"));
        assertThrows(PaymentsNotConfiguredException.class, () -> none.verify(WebhookSource.PLATFORM, "{}", "t=1,v1=x"));
        assertFalse(new StripePaymentGateway(new StripeSettings(Optional.empty(), Optional.empty(), Optional.empty(), 0, "x", Duration.ofSeconds(300),
                "x")).configured());
        assertEquals(Optional.empty(), new StripeSettings(Optional.empty(), Optional.empty(), Optional.empty(), 0, "x", Duration.ofSeconds(1), "x")
                .subProcessorName());
        assertEquals(Optional.of("Stripe"), SETTINGS.subProcessorName());
    }

    @Test
    void aCompletedCheckoutSessionIsReadWithItsCustomerAndSubscription() {
        String payload = "{\"id\":\"evt_cs\",\"object\":\"event\",\"api_version\":\"" + Stripe.API_VERSION + "\",\"created\":7,\"account\":\"acct_2\","
                + "\"type\":\"checkout.session.completed\",\"data\":{\"object\":{\"id\":\"cs_test_1\",\"object\":\"checkout.session\","
                + "\"status\":\"complete\",\"payment_status\":\"paid\",\"customer\":\"cus_2\",\"subscription\":\"sub_2\",\"client_reference_id\":\"x\"}}}";
        var c = (BillingEvent.CheckoutChanged) new StripeEventReader().read(payload);
        assertEquals("cs_test_1", c.sessionId());
        assertEquals("complete", c.status());
        assertEquals("cus_2", c.customerId());
        assertEquals("sub_2", c.subscriptionId());
        assertEquals("acct_2", c.accountId());
    }
}
