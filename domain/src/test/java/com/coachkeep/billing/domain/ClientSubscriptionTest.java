package com.coachkeep.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The payment standing's state machine and the access it gives, at the grace period's edges. */
class ClientSubscriptionTest {
    static final WorkspaceId W = WorkspaceId.newId();
    static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    static StripeVersion v(long seconds, String id) {
        return new StripeVersion(T.plusSeconds(seconds), id);
    }

    static BillingEvent.InvoiceChanged invoice(long at, String id, String status, int attempts) {
        return new BillingEvent.InvoiceChanged(v(at, "evt_" + at), "acct_1", id, "cus_1", "sub_1", status, 4900, "paid".equals(status) ? 4900 : 0,
                "eur", attempts, "open".equals(status) ? T.plusSeconds(at + 86_400) : null);
    }

    static BillingEvent.SubscriptionChanged subscription(long at, String status, String pause) {
        return new BillingEvent.SubscriptionChanged(v(at, "evt_s" + at), "acct_1", "sub_1", "cus_1", status, "price_1", T.plusSeconds(at + 1000),
                false, pause, null);
    }

    static ClientSubscription fresh() {
        return ClientSubscription.unknown(W, "sub_1", "acct_1", "cus_1").apply(subscription(0, "active", null)).next();
    }

    @Test
    void aFailedAttemptStartsTheStandingAtTheEventAndAPaymentSettlesIt() {
        ClientSubscription s = fresh().apply(invoice(100, "in_2", "open", 1));
        assertTrue(s.failing());
        assertEquals(T.plusSeconds(100), s.failingSince());
        assertEquals("in_2", s.failingInvoiceId());
        assertEquals(T.plusSeconds(100 + 86_400), s.nextRetry());
        // a second failed attempt keeps when it began, with Stripe's new next retry
        ClientSubscription again = s.apply(invoice(200, "in_2", "open", 2));
        assertEquals(T.plusSeconds(100), again.failingSince());
        assertEquals(T.plusSeconds(200 + 86_400), again.nextRetry());
        ClientSubscription paid = again.apply(invoice(300, "in_2", "paid", 3));
        assertFalse(paid.failing());
        assertNull(paid.nextRetry());
        // an older failure delivered late moves nothing backwards
        assertSame(paid, paid.apply(invoice(150, "in_2", "open", 1)));
        // an open invoice without an attempt (finalized, not yet charged) is not a failure
        assertFalse(paid.apply(invoice(400, "in_3", "open", 0)).failing());
    }

    @Test
    void theSubscriptionsStatusFeedsTheSameStandingAndAVoidedInvoiceSettlesIt() {
        ClientSubscription pastDue = fresh().apply(subscription(100, "past_due", null)).next();
        assertEquals("past_due", pastDue.status());
        assertEquals(T.plusSeconds(100), pastDue.failingSince());
        ClientSubscription withInvoice = pastDue.apply(invoice(101, "in_2", "open", 1));
        assertEquals(T.plusSeconds(100), withInvoice.failingSince());
        assertFalse(withInvoice.apply(invoice(200, "in_2", "void", 1)).failing());
        // another invoice's payment does not settle the failing one
        assertTrue(withInvoice.apply(invoice(200, "in_9", "paid", 1)).failing());
        assertFalse(withInvoice.apply(subscription(300, "active", null)).next().failing());
        // an older subscription event changes neither its state nor its standing
        ClientSubscription.Applied old = withInvoice.apply(subscription(50, "active", null));
        assertSame(withInvoice, old.next());
    }

    @Test
    void accessIsActiveInGraceUntilTheGracePeriodEndsThenPausedUntilPaid() {
        ClientSubscription failing = fresh().apply(invoice(1, "in_2", "open", 1));
        Instant failedAt = T.plusSeconds(1);
        assertEquals(PaymentStanding.State.ACTIVE, PaymentStanding.of(List.of(fresh()), 7, T).state());
        PaymentStanding grace = PaymentStanding.of(List.of(failing), 7, failedAt.plus(Duration.ofDays(7)).minusMillis(1));
        assertEquals(PaymentStanding.State.GRACE, grace.state());
        assertEquals(failedAt, grace.since());
        assertEquals(failedAt.plus(Duration.ofDays(7)), grace.graceUntil());
        PaymentStanding paused = PaymentStanding.of(List.of(failing), 7, failedAt.plus(Duration.ofDays(7)));
        assertEquals(PaymentStanding.State.PAUSED, paused.state());
        assertEquals(failedAt.plus(Duration.ofDays(7)), paused.since());
        assertEquals("in_2", paused.invoiceId());
        // a grace period of 0 days pauses at the failure
        assertTrue(PaymentStanding.of(List.of(failing), 0, failedAt).paused());
        assertFalse(PaymentStanding.of(List.of(failing.apply(invoice(10, "in_2", "paid", 2))), 0, T.plusSeconds(20)).paused());
    }

    @Test
    void ofSeveralSubscriptionsTheOneFailingLongestDecides() {
        ClientSubscription older = fresh().apply(invoice(1, "in_a", "open", 1));
        ClientSubscription newer = ClientSubscription.unknown(W, "sub_2", "acct_1", "cus_1")
                .apply(new BillingEvent.InvoiceChanged(v(3 * 86_400, "evt_b"), "acct_1", "in_b", "cus_1", "sub_2", "open", 100, 0, "eur", 1, null));
        PaymentStanding s = PaymentStanding.of(List.of(newer, older, fresh()), 2, T.plusSeconds(2 * 86_400 + 1));
        assertEquals(T.plusSeconds(2 * 86_400 + 1), s.since());
        assertEquals(PaymentStanding.State.PAUSED, s.state());
        assertEquals("sub_1", s.subscriptionId());
    }

    @Test
    void aPauseOfCollectionIsKeptFromItsEventAndItsEndIsReportedOnce() {
        ClientSubscription.Applied paused = fresh().apply(subscription(5 * 86_400, "active", "void"));
        assertTrue(paused.next().paused());
        assertEquals(T.plusSeconds(5 * 86_400), paused.next().pausedSince());
        assertNull(paused.endedPause());
        ClientSubscription.Applied resumed = paused.next().apply(subscription(10 * 86_400, "active", null));
        assertFalse(resumed.next().paused());
        assertNotNull(resumed.endedPause());
        assertEquals(T.plusSeconds(5 * 86_400), resumed.endedPause().from());
        assertEquals(T.plusSeconds(10 * 86_400), resumed.endedPause().until());
        // still running: no second end; an older pause event delivered late changes nothing
        assertNull(resumed.next().apply(subscription(11 * 86_400, "active", null)).endedPause());
        assertSame(resumed.next(), resumed.next().apply(subscription(6 * 86_400, "active", "void")).next());
    }

    @Test
    void onlyASubscriptionThatBillsAgainNeedsTheCoachsDecisionOnArchiving() {
        assertTrue(fresh().billsAgain());
        assertFalse(fresh().apply(subscription(10, "canceled", null)).next().billsAgain());
        assertFalse(fresh().apply(new BillingEvent.SubscriptionChanged(v(10, "e"), "acct_1", "sub_1", "cus_1", "active", "price_1", null, true, null,
                null)).next().billsAgain());
        assertFalse(ClientSubscription.unknown(W, "sub_x", "acct_1", "cus_1").billsAgain());
    }
}
