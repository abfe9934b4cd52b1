package com.coachkeep.billing.application.service;

import com.coachkeep.billing.application.port.in.ApplyBillingEventsUseCase;
import com.coachkeep.billing.application.port.out.BillingEventReaderPort;
import com.coachkeep.billing.application.port.out.BillingInboxRepository;
import com.coachkeep.billing.application.port.out.BillingInboxRepository.StoredEvent;
import com.coachkeep.billing.application.port.out.ConnectedAccountRepository;
import com.coachkeep.billing.application.port.out.InvoiceRepository;
import com.coachkeep.billing.domain.BillingEvent;
import com.coachkeep.billing.domain.ConnectedAccount;
import com.coachkeep.billing.domain.Invoice;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The billing inbox: applies each stored event once (its row is locked and must still be pending), routed to the
 * workspace whose connected account it concerns, and only if it is newer than the state mirrored already
 * ({@link com.coachkeep.billing.domain.StripeVersion}): so replays, duplicates and any order of delivery converge on
 * the same mirror. An event that cannot be read, or names an account no workspace has, is kept as failed with its
 * payload.
 */
@ApplicationScoped
@Transactional
public class BillingEventService implements ApplyBillingEventsUseCase {
    static final String SYSTEM = "stripe-webhook";

    private final BillingInboxRepository inbox;
    private final BillingEventReaderPort reader;
    private final ConnectedAccountRepository accounts;
    private final InvoiceRepository invoices;
    private final com.coachkeep.billing.application.port.out.CheckoutRepository checkouts;
    private final AuditTrail audit;
    private final Clock clock;
    /** Charges, refunds and disputes (absent in tests that build this service by hand: those events are then ignored). */
    @Inject
    PaymentMirror payments;
    private final ClientSubscriptionMirror subscriptions;

    @Inject
    public BillingEventService(BillingInboxRepository inbox, BillingEventReaderPort reader, ConnectedAccountRepository accounts,
            InvoiceRepository invoices, com.coachkeep.billing.application.port.out.CheckoutRepository checkouts, AuditTrail audit, Clock clock,
            ClientSubscriptionMirror subscriptions) {
        this.subscriptions = subscriptions;
        this.checkouts = checkouts;
        this.inbox = inbox;
        this.reader = reader;
        this.accounts = accounts;
        this.invoices = invoices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The platform account's events about the workspace's own subscription to Coachkeep (docs/billing.md). */
    @Inject
    CoachSubscriptionMirror coachSubscriptions;

    protected BillingEventService() {
        this(null, null, null, null, null, null, null, null);
    }

    @Override
    public List<String> pending(int max) {
        return inbox.pending(max);
    }

    @Override
    public Outcome apply(String eventId) {
        Optional<StoredEvent> locked = inbox.lockPending(eventId);
        if (locked.isEmpty()) {
            return Outcome.NOT_PENDING;
        }
        StoredEvent stored = locked.get();
        BillingEvent event;
        try {
            event = reader.read(stored.payload());
        } catch (BillingEventReaderPort.UnreadableEventException e) {
            inbox.markFailed(eventId, "unreadable: " + e.getMessage(), clock.instant());
            return Outcome.FAILED;
        }
        if (event instanceof BillingEvent.CoachBilling coach) {
            return coachSubscriptions.apply(stored, coach);
        }
        if (event instanceof BillingEvent.AccountUpdated a) {
            return inWorkspaceOf(stored, a.accountId(), w -> {
                ConnectedAccount current = accounts.lock(w).filter(c -> c.stripeAccountId().equals(a.accountId())).orElse(null);
                if (current == null) {
                    return false;
                }
                ConnectedAccount next = current.apply(a);
                if (next != current) {
                    accounts.save(next);
                    if (next.ready() != current.ready()) {
                        audit.record(system(w, next.ready() ? "billing.connect_account_ready" : "billing.connect_account_restricted")
                                .target("stripe_account", a.accountId()).detail("event", stored.id()));
                    }
                }
                return true;
            });
        }
        if (event instanceof BillingEvent.InvoiceChanged i) {
            return inWorkspaceOf(stored, i.accountId(), w -> {
                Invoice current = invoices.lock(w, i.invoiceId()).orElse(null);
                Invoice next = Invoice.mirror(current, w, i);
                if (next != current) {
                    invoices.save(next);
                    if (current == null || !current.status().equals(next.status())) {
                        audit.record(system(w, "billing.invoice_" + next.status()).target("stripe_invoice", i.invoiceId())
                                .detail("event", stored.id()).detail("amount_due", next.amountDue()).detail("currency", next.currency()));
                    }
                }
                subscriptions.apply(w, i, stored.id());
                return true;
            });
        }
        if (event instanceof BillingEvent.CheckoutChanged c) {
            return inWorkspaceOf(stored, c.accountId(), w -> {
                var current = checkouts.lockBySession(w, c.sessionId()).orElse(null);
                if (current == null) {
                    return false;
                }
                var next = current.apply(c);
                if (next != current) {
                    checkouts.save(next);
                    if (!next.status().equals(current.status())) {
                        audit.record(system(w, "billing.checkout_" + next.status()).target("client", next.clientId()).detail("event", stored.id()));
                    }
                }
                return true;
            });
        }
        if (payments != null && payments.mirrors(event)) {
            return inWorkspaceOf(stored, payments.accountOf(event), w -> payments.apply(w, event, stored.id()));
        }
        if (event instanceof BillingEvent.SubscriptionChanged s) {
            return inWorkspaceOf(stored, s.accountId(), w -> {
                subscriptions.apply(w, s, stored.id());
                return true;
            });
        }
        inbox.markDone(eventId, true, clock.instant());
        return Outcome.IGNORED;
    }

    @Override
    public Outcome attemptFailed(String eventId, String error, com.coachkeep.billing.domain.InboxRetryPolicy policy) {
        if (inbox.lockPending(eventId).isEmpty()) {
            return Outcome.NOT_PENDING;
        }
        int attempts = inbox.attempts(eventId) + 1;
        java.time.Instant now = clock.instant();
        if (policy.exhausted(attempts)) {
            inbox.markFailed(eventId, "gave up after " + attempts + " attempts: " + error, now);
            return Outcome.FAILED;
        }
        inbox.retryLater(eventId, error, now, policy.retryAt(attempts, now));
        return Outcome.NOT_PENDING;
    }

    private interface InWorkspace {
        boolean apply(WorkspaceId w);
    }

    private Outcome inWorkspaceOf(StoredEvent stored, String account, InWorkspace work) {
        String acct = account != null ? account : stored.account();
        Optional<WorkspaceId> w = acct == null ? Optional.empty() : accounts.workspaceOf(acct);
        if (w.isEmpty() || !work.apply(w.get())) {
            inbox.markFailed(stored.id(), "no workspace has Stripe account " + acct, clock.instant());
            return Outcome.FAILED;
        }
        inbox.markDone(stored.id(), false, clock.instant());
        return Outcome.APPLIED;
    }

    private static AuditRecord system(WorkspaceId w, String action) {
        return new AuditRecord(w, AuditRecord.By.SYSTEM, SYSTEM, action, null, null, null, null);
    }
}
