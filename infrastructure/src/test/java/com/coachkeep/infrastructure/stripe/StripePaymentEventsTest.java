package com.coachkeep.infrastructure.stripe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.billing.application.port.out.BillingEventReaderPort;
import com.coachkeep.billing.domain.BillingEvent;
import com.stripe.Stripe;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Charges, refunds, disputes and an invoice's tax, read with stripe-java from Stripe-shaped events of the pinned version. */
class StripePaymentEventsTest {
    static String event(String type, String object) {
        return "{\"id\":\"evt_p\",\"object\":\"event\",\"api_version\":\"" + Stripe.API_VERSION + "\",\"created\":100,\"account\":\"acct_3\","
                + "\"type\":\"" + type + "\",\"data\":{\"object\":" + object + "}}";
    }

    final StripeEventReader reader = new StripeEventReader();

    @Test
    void aRefundedChargeIsReadWithWhatIsRefunded() {
        for (String type : new String[] {"charge.succeeded", "charge.refunded", "charge.updated"}) {
            var c = (BillingEvent.ChargeChanged) reader.read(event(type, "{\"id\":\"ch_1\",\"object\":\"charge\",\"customer\":\"cus_1\","
                    + "\"payment_intent\":\"pi_1\",\"status\":\"succeeded\",\"amount\":5000,\"amount_captured\":5000,\"amount_refunded\":1500,"
                    + "\"captured\":true,\"refunded\":false,\"currency\":\"eur\",\"disputed\":true,\"created\":90}"));
            assertEquals("ch_1", c.chargeId());
            assertEquals("acct_3", c.accountId());
            assertEquals(1500, c.amountRefunded());
            assertEquals(5000, c.amountCaptured());
            assertTrue(c.disputed());
            assertEquals(Instant.ofEpochSecond(90), c.chargedAt());
        }
    }

    @Test
    void refundEventsOfEitherNameAreReadAsRefunds() {
        for (String type : new String[] {"refund.created", "refund.updated", "refund.failed", "charge.refund.updated"}) {
            var r = (BillingEvent.RefundChanged) reader.read(event(type, "{\"id\":\"re_1\",\"object\":\"refund\",\"charge\":\"ch_1\","
                    + "\"payment_intent\":\"pi_1\",\"status\":\"failed\",\"amount\":700,\"currency\":\"eur\",\"reason\":\"requested_by_customer\","
                    + "\"failure_reason\":\"expired_or_canceled_card\",\"created\":95}"));
            assertEquals("re_1", r.refundId());
            assertEquals("ch_1", r.chargeId());
            assertEquals("failed", r.status());
            assertEquals(700, r.amount());
            assertEquals("expired_or_canceled_card", r.failureReason());
        }
    }

    @Test
    void aDisputeIsReadWithItsEvidenceDeadline() {
        var d = (BillingEvent.DisputeChanged) reader.read(event("charge.dispute.created", "{\"id\":\"dp_1\",\"object\":\"dispute\","
                + "\"charge\":\"ch_1\",\"payment_intent\":\"pi_1\",\"status\":\"needs_response\",\"amount\":5000,\"currency\":\"eur\","
                + "\"reason\":\"fraudulent\",\"created\":96,\"evidence_details\":{\"due_by\":1800000000,\"has_evidence\":false,\"past_due\":false,"
                + "\"submission_count\":0}}"));
        assertEquals("dp_1", d.disputeId());
        assertEquals("needs_response", d.status());
        assertEquals("fraudulent", d.reason());
        assertEquals(Instant.ofEpochSecond(1_800_000_000L), d.evidenceDueBy());
        assertThrows(BillingEventReaderPort.UnreadableEventException.class, () -> reader.read(event("charge.dispute.closed",
                "{\"id\":\"dp_1\",\"object\":\"dispute\"}")));
    }

    @Test
    void theTaxStripeComputedOnAnInvoiceIsTheSumOfItsTotalTaxes() {
        var i = (BillingEvent.InvoiceChanged) reader.read(event("invoice.finalized", "{\"id\":\"in_1\",\"object\":\"invoice\",\"customer\":\"cus_1\","
                + "\"status\":\"open\",\"amount_due\":5931,\"amount_paid\":0,\"currency\":\"eur\",\"attempt_count\":0,\"total\":5931,"
                + "\"total_excluding_tax\":4900,\"total_taxes\":[{\"amount\":931,\"tax_behavior\":\"exclusive\",\"type\":\"tax_rate_details\"},"
                + "{\"amount\":100,\"tax_behavior\":\"exclusive\",\"type\":\"tax_rate_details\"}]}"));
        assertEquals(1031, i.tax());
        var untaxed = (BillingEvent.InvoiceChanged) reader.read(event("invoice.finalized", "{\"id\":\"in_2\",\"object\":\"invoice\","
                + "\"status\":\"open\",\"amount_due\":4900,\"amount_paid\":0,\"currency\":\"eur\",\"attempt_count\":0}"));
        assertEquals(0, untaxed.tax());
    }
}
