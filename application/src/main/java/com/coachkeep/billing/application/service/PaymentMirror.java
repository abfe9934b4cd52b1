package com.coachkeep.billing.application.service;

import com.coachkeep.billing.application.port.out.ChargeRepository;
import com.coachkeep.billing.application.port.out.DisputeRepository;
import com.coachkeep.billing.application.port.out.RefundRepository;
import com.coachkeep.billing.domain.BillingEvent;
import com.coachkeep.billing.domain.Charge;
import com.coachkeep.billing.domain.Dispute;
import com.coachkeep.billing.domain.Refund;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The inbox's part for payments (P-PAY-3): charges, refunds and disputes on a connected account, each mirrored only
 * when the event is newer than the state held ({@link com.coachkeep.billing.domain.StripeVersion}), in the inbox's
 * transaction. A refund's or dispute's new status is audited; a charge is not (its invoice is).
 */
@ApplicationScoped
public class PaymentMirror {
    private final ChargeRepository charges;
    private final RefundRepository refunds;
    private final DisputeRepository disputes;
    private final AuditTrail audit;

    @Inject
    public PaymentMirror(ChargeRepository charges, RefundRepository refunds, DisputeRepository disputes, AuditTrail audit) {
        this.charges = charges;
        this.refunds = refunds;
        this.disputes = disputes;
        this.audit = audit;
    }

    protected PaymentMirror() {
        this(null, null, null, null);
    }

    /** Whether this is an event of a payment, a refund or a dispute. */
    public boolean mirrors(BillingEvent e) {
        return e instanceof BillingEvent.ChargeChanged || e instanceof BillingEvent.RefundChanged || e instanceof BillingEvent.DisputeChanged;
    }

    /** The connected account the event concerns. */
    public String accountOf(BillingEvent e) {
        if (e instanceof BillingEvent.ChargeChanged c) {
            return c.accountId();
        }
        if (e instanceof BillingEvent.RefundChanged r) {
            return r.accountId();
        }
        return ((BillingEvent.DisputeChanged) e).accountId();
    }

    /** Applies the event to the workspace's mirror; always true (the event is the workspace's). */
    public boolean apply(WorkspaceId w, BillingEvent e, String eventId) {
        if (e instanceof BillingEvent.ChargeChanged c) {
            Charge current = charges.lock(w, c.chargeId()).orElse(null);
            Charge next = Charge.mirror(current, w, c);
            if (next != current) {
                charges.save(next);
            }
        } else if (e instanceof BillingEvent.RefundChanged r) {
            Refund current = refunds.lock(w, r.refundId()).orElse(null);
            Refund next = Refund.mirror(current, w, r);
            if (next != current) {
                refunds.save(next);
                if (current == null || !current.status().equals(next.status())) {
                    audit.record(system(w, "billing.refund_" + next.status()).target("stripe_refund", next.stripeRefundId())
                            .detail("event", eventId).detail("charge", next.chargeId()).detail("amount", next.amount())
                            .detail("currency", next.currency()));
                }
            }
        } else if (e instanceof BillingEvent.DisputeChanged d) {
            Dispute current = disputes.lock(w, d.disputeId()).orElse(null);
            Dispute next = Dispute.mirror(current, w, d);
            if (next != current) {
                disputes.save(next);
                if (current == null || !current.status().equals(next.status())) {
                    audit.record(system(w, "billing.dispute_" + next.status()).target("stripe_dispute", next.stripeDisputeId())
                            .detail("event", eventId).detail("charge", next.chargeId()).detail("amount", next.amount())
                            .detail("currency", next.currency()).detail("reason", next.reason()));
                }
            }
        }
        return true;
    }

    private static AuditRecord system(WorkspaceId w, String action) {
        return new AuditRecord(w, AuditRecord.By.SYSTEM, BillingEventService.SYSTEM, action, null, null, null, null);
    }
}
