package com.coachkeep.billing.application.service;

import static com.coachkeep.billing.application.service.BillingServicesTest.CLOCK;
import static com.coachkeep.billing.application.service.BillingServicesTest.W;
import static com.coachkeep.billing.application.service.BillingServicesTest.actor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.billing.application.port.in.ApplyBillingEventsUseCase.Outcome;
import com.coachkeep.billing.application.port.in.RefundChargeUseCase.Reason;
import com.coachkeep.billing.application.port.in.RefundChargeUseCase.RefundChargeCommand;
import com.coachkeep.billing.application.port.in.WebhookSource;
import com.coachkeep.billing.application.port.out.BillingEventReaderPort;
import com.coachkeep.billing.application.port.out.BillingInboxRepository;
import com.coachkeep.billing.application.port.out.ChargeRepository;
import com.coachkeep.billing.application.port.out.DisputeRepository;
import com.coachkeep.billing.application.port.out.RefundRepository;
import com.coachkeep.billing.application.port.out.WebhookVerifierPort;
import com.coachkeep.billing.domain.BillingEvent;
import com.coachkeep.billing.domain.Charge;
import com.coachkeep.billing.domain.ChargeNotFoundException;
import com.coachkeep.billing.domain.ConnectedAccount;
import com.coachkeep.billing.domain.Dispute;
import com.coachkeep.billing.domain.InboxRetryPolicy;
import com.coachkeep.billing.domain.Refund;
import com.coachkeep.billing.domain.RefundExceedsRefundableException;
import com.coachkeep.billing.domain.StripeVersion;
import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.testing.fakes.RecordingAuditTrail;
import com.coachkeep.workspace.domain.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Refunds, the mirror of charges, refunds and disputes, and the inbox's attempt cap, over fakes of their ports. */
class PaymentServicesTest {

    /** Rows of one kind keyed by workspace and Stripe id. */
    static class Rows<T> {
        final Map<String, T> rows = new LinkedHashMap<>();
        final Function<T, WorkspaceId> workspace;
        final Function<T, String> id;

        Rows(Function<T, WorkspaceId> workspace, Function<T, String> id) {
            this.workspace = workspace;
            this.id = id;
        }

        public Optional<T> lock(WorkspaceId w, String id) {
            return Optional.ofNullable(rows.get(w + "/" + id));
        }

        public void save(T t) {
            rows.put(workspace.apply(t) + "/" + id.apply(t), t);
        }

        List<T> of(WorkspaceId w) {
            return rows.values().stream().filter(t -> workspace.apply(t).equals(w)).toList();
        }
    }

    static final class Charges extends Rows<Charge> implements ChargeRepository {
        Charges() {
            super(Charge::workspaceId, Charge::stripeChargeId);
        }

        public List<Charge> list(WorkspaceId w) {
            return of(w);
        }
    }

    static final class Refunds extends Rows<Refund> implements RefundRepository {
        Refunds() {
            super(Refund::workspaceId, Refund::stripeRefundId);
        }

        public List<Refund> list(WorkspaceId w) {
            return of(w);
        }
    }

    static final class Disputes extends Rows<Dispute> implements DisputeRepository {
        Disputes() {
            super(Dispute::workspaceId, Dispute::stripeDisputeId);
        }

        public List<Dispute> list(WorkspaceId w) {
            return of(w);
        }
    }

    /** An inbox that counts attempts and knows when an event is due again. */
    static final class Inbox implements BillingInboxRepository {
        final Map<String, String> status = new LinkedHashMap<>();
        final Map<String, Integer> attempts = new HashMap<>();
        final Map<String, Instant> retryAt = new HashMap<>();
        final Map<String, String> errors = new HashMap<>();
        Instant now = CLOCK.instant();

        public boolean storeOnce(WebhookSource s, WebhookVerifierPort.VerifiedEvent e, String payload, Instant at) {
            return status.putIfAbsent(e.id(), "pending") == null;
        }

        public List<String> pending(int max) {
            return status.entrySet().stream().filter(e -> e.getValue().equals("pending"))
                    .filter(e -> !retryAt.containsKey(e.getKey()) || !retryAt.get(e.getKey()).isAfter(now)).map(Map.Entry::getKey).limit(max).toList();
        }

        public Optional<StoredEvent> lockPending(String id) {
            return "pending".equals(status.get(id)) ? Optional.of(new StoredEvent(id, WebhookSource.CONNECT, "t", "acct_0", Instant.EPOCH, id))
                    : Optional.empty();
        }

        public void markDone(String id, boolean ignored, Instant at) {
            status.put(id, ignored ? "ignored" : "processed");
            attempts.merge(id, 1, Integer::sum);
        }

        public void markFailed(String id, String error, Instant at) {
            status.put(id, "failed");
            errors.put(id, error);
            attempts.merge(id, 1, Integer::sum);
        }

        @Override
        public int attempts(String id) {
            return attempts.getOrDefault(id, 0);
        }

        @Override
        public void retryLater(String id, String error, Instant at, Instant when) {
            attempts.merge(id, 1, Integer::sum);
            errors.put(id, error);
            retryAt.put(id, when);
        }
    }

    final List<String> refundCalls = new ArrayList<>();
    final com.coachkeep.billing.application.port.out.PaymentGatewayPort refundingGateway = new com.coachkeep.billing.application.port.out.PaymentGatewayPort() {
        public boolean configured() {
            return true;
        }

        public String createConnectedAccount(WorkspaceId w, String key) {
            throw new UnsupportedOperationException();
        }

        public java.net.URI createOnboardingLink(String a, String k) {
            throw new UnsupportedOperationException();
        }

        public OfferPrices createOffer(String a, com.coachkeep.billing.domain.Offer.Spec s, String k) {
            throw new UnsupportedOperationException();
        }

        public CheckoutSession createCheckout(String a, com.coachkeep.billing.domain.Offer o, java.util.UUID c, java.util.UUID i) {
            throw new UnsupportedOperationException();
        }

        public String payInvoice(String a, String i, String k) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RefundCreated refundCharge(String account, String charge, long amount, String reason, String key) {
            refundCalls.add(account + " " + charge + " " + amount + " " + reason + " " + key);
            return new RefundCreated("re_" + key.hashCode(), "pending", amount, "eur");
        }
    };
    final Charges charges = new Charges();
    final Refunds refunds = new Refunds();
    final Disputes disputes = new Disputes();
    final RecordingAuditTrail audit = new RecordingAuditTrail();
    final ChargeService service = new ChargeService(charges, refunds, disputes, refundingGateway, audit);

    static StripeVersion v(long t, String id) {
        return new StripeVersion(Instant.ofEpochSecond(1_800_000_000L + t), id);
    }

    @Test
    void aRefundGoesToStripeOnTheChargesAccountWithAKeyOfTheChargeItsRefundedAmountAndTheAmount() {
        charges.save(new Charge(W, "ch_1", "acct_9", "cus_1", "pi_1", "succeeded", 5000, 5000, 1000, "eur", false, null, v(1, "evt_1")));
        assertThrows(AccessDeniedException.class, () -> service.refund(actor(Role.COACH), new RefundChargeCommand("ch_1", 100L, null)));
        var r = service.refund(actor(Role.OWNER), new RefundChargeCommand("ch_1", 1500L, Reason.REQUESTED_BY_CUSTOMER));
        var again = service.refund(actor(Role.OWNER), new RefundChargeCommand("ch_1", 1500L, Reason.REQUESTED_BY_CUSTOMER));
        assertEquals(r.refundId(), again.refundId());
        assertEquals(List.of("acct_9 ch_1 1500 requested_by_customer refund:ch_1:1000:1500",
                "acct_9 ch_1 1500 requested_by_customer refund:ch_1:1000:1500"), refundCalls);
        assertEquals(4000, service.refund(actor(Role.OWNER), new RefundChargeCommand("ch_1", null, null)).amount());
        assertEquals("acct_9 ch_1 4000 null refund:ch_1:1000:4000", refundCalls.get(2));
        assertThrows(RefundExceedsRefundableException.class, () -> service.refund(actor(Role.OWNER), new RefundChargeCommand("ch_1", 4001L, null)));
        assertThrows(ChargeNotFoundException.class, () -> service.refund(actor(Role.OWNER), new RefundChargeCommand("ch_other", 1L, null)));
        assertThrows(ChargeNotFoundException.class, () -> service.refund(actor(Role.OWNER), new RefundChargeCommand("../x", 1L, null)));
        assertThrows(ChargeNotFoundException.class, () -> service.refund(new com.coachkeep.shared.application.Actor(com.coachkeep.shared.domain.PersonId.newId(),
                WorkspaceId.newId(), com.coachkeep.shared.domain.MembershipId.newId(), Role.OWNER.wireName(), true, Role.OWNER.permissions()),
                new RefundChargeCommand("ch_1", 1L, null)));
        assertEquals(3, refundCalls.size());
        assertEquals(3, audit.records.stream().filter(a -> a.action().equals("billing.refund_requested")).count());
        assertTrue(refunds.rows.isEmpty(), "a refund is mirrored from Stripe's event, not stored from the answer");
    }

    final Inbox inbox = new Inbox();
    final Map<String, BillingEvent> events = new HashMap<>();
    final BillingEventReaderPort reader = payload -> {
        BillingEvent e = events.get(payload);
        if (e == null) {
            throw new IllegalStateException("a bug in applying " + payload);
        }
        return e;
    };
    final BillingServicesTest.Accounts accounts = new BillingServicesTest.Accounts();

    BillingEventService inboxService() {
        accounts.save(new ConnectedAccount(W, "acct_0", false, false, false, List.of(), null, CLOCK.instant()));
        BillingEventService s = new BillingEventService(inbox, reader, accounts, new BillingServicesTest.Invoices(), null, audit, CLOCK, null);
        s.payments = new PaymentMirror(charges, refunds, disputes, audit);
        return s;
    }

    @Test
    void chargesRefundsAndDisputesConvergeOnTheNewestStateWhateverTheOrderAndHoweverOften() {
        List<BillingEvent> scenario = List.of(
                new BillingEvent.ChargeChanged(v(1, "evt_1"), "acct_0", "ch_1", "cus_1", "pi_1", "succeeded", 5000, 5000, 0, "eur", false, null),
                new BillingEvent.RefundChanged(v(2, "evt_2"), "acct_0", "re_1", "ch_1", "pi_1", "pending", 1000, "eur", null, null, null),
                new BillingEvent.RefundChanged(v(3, "evt_3"), "acct_0", "re_1", "ch_1", "pi_1", "succeeded", 1000, "eur", null, null, null),
                new BillingEvent.ChargeChanged(v(3, "evt_4"), "acct_0", "ch_1", "cus_1", "pi_1", "succeeded", 5000, 5000, 1000, "eur", false, null),
                new BillingEvent.DisputeChanged(v(4, "evt_5"), "acct_0", "dp_1", "ch_1", "pi_1", "needs_response", 4000, "eur", "fraudulent",
                        Instant.ofEpochSecond(1_800_600_000L), null),
                new BillingEvent.DisputeChanged(v(5, "evt_6"), "acct_0", "dp_1", "ch_1", "pi_1", "won", 4000, "eur", "fraudulent",
                        Instant.ofEpochSecond(1_800_600_000L), null));
        BillingEventService s = inboxService();
        for (int seed = 0; seed < 20; seed++) {
            charges.rows.clear();
            refunds.rows.clear();
            disputes.rows.clear();
            inbox.status.clear();
            List<BillingEvent> twice = new ArrayList<>(scenario);
            twice.addAll(scenario);
            Collections.shuffle(twice, new Random(seed));
            for (BillingEvent e : twice) {
                String id = e.version().eventId();
                events.put(id, e);
                if (inbox.storeOnce(WebhookSource.CONNECT, new WebhookVerifierPort.VerifiedEvent(id, "t", "acct_0", Instant.EPOCH), id, Instant.EPOCH)) {
                    assertEquals(Outcome.APPLIED, s.apply(id));
                }
            }
            assertEquals(1000, charges.lock(W, "ch_1").orElseThrow().amountRefunded());
            assertEquals("succeeded", refunds.lock(W, "re_1").orElseThrow().status());
            assertEquals("won", disputes.lock(W, "dp_1").orElseThrow().status());
        }
        assertTrue(audit.records.stream().anyMatch(a -> a.action().equals("billing.refund_succeeded")));
        assertTrue(audit.records.stream().anyMatch(a -> a.action().equals("billing.dispute_won")));
    }

    @Test
    void anEventWhoseApplicationThrowsIsTriedAgainAfterABackOffAndKeptAsFailedAfterItsLastAttempt() {
        BillingEventService s = inboxService();
        InboxRetryPolicy policy = new InboxRetryPolicy(3, Duration.ofSeconds(10), Duration.ofMinutes(1));
        inbox.status.put("evt_poison", "pending");
        inbox.status.put("evt_good", "pending");
        events.put("evt_good", new BillingEvent.ChargeChanged(v(1, "evt_good"), "acct_0", "ch_1", "cus_1", "pi_1", "succeeded", 100, 100, 0, "eur",
                false, null));
        assertThrows(IllegalStateException.class, () -> s.apply("evt_poison"));
        assertEquals(Outcome.NOT_PENDING, s.attemptFailed("evt_poison", "IllegalStateException: a bug", policy));
        // waiting for its retry, it does not hold the event behind it
        assertEquals(List.of("evt_good"), inbox.pending(10));
        assertEquals(Outcome.APPLIED, s.apply("evt_good"));
        assertEquals(CLOCK.instant().plusSeconds(10), inbox.retryAt.get("evt_poison"));
        assertEquals(Outcome.NOT_PENDING, s.attemptFailed("evt_poison", "IllegalStateException: a bug", policy));
        assertEquals(CLOCK.instant().plusSeconds(20), inbox.retryAt.get("evt_poison"));
        assertEquals(Outcome.FAILED, s.attemptFailed("evt_poison", "IllegalStateException: a bug", policy));
        assertEquals("failed", inbox.status.get("evt_poison"));
        assertEquals(3, inbox.attempts("evt_poison"));
        assertEquals("gave up after 3 attempts: IllegalStateException: a bug", inbox.errors.get("evt_poison"));
        assertEquals(Outcome.NOT_PENDING, s.attemptFailed("evt_poison", "again", policy));
    }
}
