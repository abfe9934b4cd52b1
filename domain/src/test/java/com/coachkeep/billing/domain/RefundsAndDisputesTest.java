package com.coachkeep.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RefundsAndDisputesTest {
    static final WorkspaceId W = WorkspaceId.newId();
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    static StripeVersion v(long seconds, String id) {
        return new StripeVersion(T0.plusSeconds(seconds), id);
    }

    static BillingEvent.ChargeChanged charge(long t, String event, String status, long amount, long refunded) {
        return new BillingEvent.ChargeChanged(v(t, event), "acct_1", "ch_1", "cus_1", "pi_1", status, amount, "succeeded".equals(status) ? amount : 0,
                refunded, "eur", false, T0);
    }

    static Charge mirrored(BillingEvent.ChargeChanged... events) {
        Charge c = null;
        for (BillingEvent.ChargeChanged e : events) {
            c = Charge.mirror(c, W, e);
        }
        return c;
    }

    @Test
    void whatIsLeftToRefundIsWhatWasCapturedLessWhatIsRefunded() {
        assertEquals(5000, mirrored(charge(1, "evt_1", "succeeded", 5000, 0)).refundable());
        assertEquals(3500, mirrored(charge(1, "evt_1", "succeeded", 5000, 1500)).refundable());
        assertEquals(0, mirrored(charge(1, "evt_1", "succeeded", 5000, 5000)).refundable());
        assertEquals(0, mirrored(charge(1, "evt_1", "failed", 5000, 0)).refundable());
        assertEquals(0, mirrored(charge(1, "evt_1", "pending", 5000, 0)).refundable());
    }

    @Test
    void aRefundIsOfAPositiveAmountNotAboveWhatIsLeftAndInFullWhenNoneIsGiven() {
        Charge c = mirrored(charge(1, "evt_1", "succeeded", 5000, 1500));
        assertEquals(3500, c.refundAmount(null));
        assertEquals(1, c.refundAmount(1L));
        assertEquals(3500, c.refundAmount(3500L));
        RefundExceedsRefundableException over = assertThrows(RefundExceedsRefundableException.class, () -> c.refundAmount(3501L));
        assertEquals("refund-exceeds-refundable", over.code());
        assertTrue(over.getMessage().contains("3500"), over.getMessage());
        assertEquals("amount", assertThrows(InvalidInputException.class, () -> c.refundAmount(0L)).violations().get(0).field());
        assertThrows(InvalidInputException.class, () -> c.refundAmount(-1L));
        assertEquals("charge-not-refundable", assertThrows(ChargeNotRefundableException.class,
                () -> mirrored(charge(1, "evt_1", "succeeded", 5000, 5000)).refundAmount(null)).code());
        assertTrue(assertThrows(ChargeNotRefundableException.class, () -> mirrored(charge(1, "evt_1", "failed", 5000, 0)).refundAmount(100L))
                .getMessage().contains("failed"));
    }

    @Test
    void anOlderEventNeverMovesAChargeARefundOrADisputeBackwards() {
        Charge refunded = mirrored(charge(1, "evt_1", "succeeded", 5000, 0), charge(5, "evt_5", "succeeded", 5000, 2000));
        assertSame(refunded, Charge.mirror(refunded, W, charge(3, "evt_3", "succeeded", 5000, 0)));
        assertSame(refunded, Charge.mirror(refunded, W, charge(5, "evt_5", "succeeded", 5000, 0)));
        assertEquals(2000, refunded.amountRefunded());

        Refund pending = Refund.mirror(null, W, refund(1, "evt_a", "pending"));
        Refund done = Refund.mirror(pending, W, refund(2, "evt_b", "succeeded"));
        assertEquals("succeeded", done.status());
        assertSame(done, Refund.mirror(done, W, refund(1, "evt_a", "pending")));
        // the same second: ordered by event id, whichever arrives first
        Refund x = Refund.mirror(Refund.mirror(null, W, refund(3, "evt_y", "failed")), W, refund(3, "evt_x", "pending"));
        Refund y = Refund.mirror(Refund.mirror(null, W, refund(3, "evt_x", "pending")), W, refund(3, "evt_y", "failed"));
        assertEquals(x, y);
        assertEquals("failed", x.status());

        Dispute open = Dispute.mirror(null, W, dispute(1, "evt_1", "needs_response"));
        Dispute lost = Dispute.mirror(open, W, dispute(9, "evt_9", "lost"));
        assertSame(lost, Dispute.mirror(lost, W, dispute(4, "evt_4", "under_review")));
    }

    @Test
    void anyOrderOfTheEventsOfARefundConvergesOnItsNewestState() {
        List<BillingEvent.RefundChanged> events = new ArrayList<>(List.of(refund(1, "evt_1", "pending"), refund(2, "evt_2", "requires_action"),
                refund(3, "evt_3", "succeeded")));
        for (int seed = 0; seed < 20; seed++) {
            List<BillingEvent.RefundChanged> shuffled = new ArrayList<>(events);
            shuffled.addAll(events);
            Collections.shuffle(shuffled, new Random(seed));
            Refund r = null;
            for (var e : shuffled) {
                r = Refund.mirror(r, W, e);
            }
            assertEquals("succeeded", r.status());
            assertEquals("evt_3", r.version().eventId());
        }
    }

    @Test
    void aDisputeIsDueSoonWhenItAwaitsEvidenceWithinAWeek() {
        Instant now = T0.plus(Duration.ofDays(1));
        Dispute soon = Dispute.mirror(null, W, dispute(1, "evt_1", "needs_response"));
        assertTrue(soon.evidenceDueSoon(now));
        assertFalse(soon.evidenceDueSoon(now.minus(Duration.ofDays(10))));
        assertTrue(Dispute.mirror(null, W, dispute(1, "evt_1", "warning_needs_response")).evidenceDueSoon(now));
        assertFalse(Dispute.mirror(null, W, dispute(1, "evt_1", "under_review")).evidenceDueSoon(now));
    }

    @Test
    void theRetryPolicyBacksOffDoublingUpToItsCapAndGivesUpAfterItsAttempts() {
        InboxRetryPolicy p = new InboxRetryPolicy(5, Duration.ofSeconds(10), Duration.ofSeconds(60));
        assertEquals(T0.plusSeconds(10), p.retryAt(1, T0));
        assertEquals(T0.plusSeconds(20), p.retryAt(2, T0));
        assertEquals(T0.plusSeconds(40), p.retryAt(3, T0));
        assertEquals(T0.plusSeconds(60), p.retryAt(4, T0));
        assertEquals(T0.plusSeconds(60), p.retryAt(400, T0));
        assertFalse(p.exhausted(4));
        assertTrue(p.exhausted(5));
        assertThrows(IllegalArgumentException.class, () -> new InboxRetryPolicy(0, Duration.ZERO, Duration.ZERO));
    }

    @Test
    void theFiguresCountTheRefundsThatGiveMoneyBackInTheLast30Days() {
        Instant now = T0.plus(Duration.ofDays(2));
        Invoice paid = Invoice.mirror(null, W, new BillingEvent.InvoiceChanged(v(0, "evt_i"), "acct_1", "in_1", "cus_1", "sub_1", "paid", 5831, 5831,
                "eur", 1, null, 931));
        assertEquals(931, paid.tax());
        List<Refund> refunds = List.of(Refund.mirror(null, W, refund(1, "evt_1", "succeeded")), Refund.mirror(null, W, refund(2, "evt_2", "failed")),
                new Refund(W, "re_old", "acct_1", "ch_1", null, "succeeded", 700, "eur", null, null, T0.minus(Duration.ofDays(40)), v(-3_456_000, "evt_0")),
                new Refund(W, "re_usd", "acct_1", "ch_2", null, "pending", 300, "usd", null, null, T0, v(3, "evt_3")));
        var f = RevenueFigures.of(List.of(paid), refunds, now).currencies();
        assertEquals(List.of(new RevenueFigures.PerCurrency("eur", 1, 5831, 5831, 0, 0, 1, 1000),
                new RevenueFigures.PerCurrency("usd", 0, 0, 0, 0, 0, 1, 300)), f);
    }

    static BillingEvent.RefundChanged refund(long t, String event, String status) {
        return new BillingEvent.RefundChanged(v(t, event), "acct_1", "re_1", "ch_1", "pi_1", status, 1000, "eur", "requested_by_customer",
                "failed".equals(status) ? "expired_or_canceled_card" : null, T0);
    }

    static BillingEvent.DisputeChanged dispute(long t, String event, String status) {
        return new BillingEvent.DisputeChanged(v(t, event), "acct_1", "dp_1", "ch_1", "pi_1", status, 5000, "eur", "fraudulent",
                T0.plus(Duration.ofDays(5)), T0);
    }
}
