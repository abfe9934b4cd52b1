package com.coachkeep.billing.application.service;

import com.coachkeep.billing.application.port.in.ListChargesUseCase;
import com.coachkeep.billing.application.port.in.ListDisputesUseCase;
import com.coachkeep.billing.application.port.in.ListRefundsUseCase;
import com.coachkeep.billing.application.port.in.RefundChargeUseCase;
import com.coachkeep.billing.application.port.out.ChargeRepository;
import com.coachkeep.billing.application.port.out.DisputeRepository;
import com.coachkeep.billing.application.port.out.PaymentGatewayPort;
import com.coachkeep.billing.application.port.out.RefundRepository;
import com.coachkeep.billing.domain.Charge;
import com.coachkeep.billing.domain.ChargeNotFoundException;
import com.coachkeep.billing.domain.Dispute;
import com.coachkeep.billing.domain.Refund;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Payments on the workspace's connected account, their refunds and disputes (P-PAY-3): all mirrored from Stripe's
 * events; a refund is made through Stripe, never by Coachkeep itself, and mirrored when Stripe's event arrives.
 */
@ApplicationScoped
@Transactional
public class ChargeService implements RefundChargeUseCase, ListChargesUseCase, ListRefundsUseCase, ListDisputesUseCase {
    private final ChargeRepository charges;
    private final RefundRepository refunds;
    private final DisputeRepository disputes;
    private final PaymentGatewayPort gateway;
    private final AuditTrail audit;

    @Inject
    public ChargeService(ChargeRepository charges, RefundRepository refunds, DisputeRepository disputes, PaymentGatewayPort gateway,
            AuditTrail audit) {
        this.charges = charges;
        this.refunds = refunds;
        this.disputes = disputes;
        this.gateway = gateway;
        this.audit = audit;
    }

    protected ChargeService() {
        this(null, null, null, null, null);
    }

    /**
     * The idempotency key is the charge, how much of it Stripe had reported refunded, and the amount: a double click (or
     * a retried request) before Stripe's event arrives sends the same key, and Stripe answers the first refund again
     * instead of making a second. Once the refund is mirrored, a further refund of the same charge is a new one.
     */
    @Override
    public RefundResult refund(Actor actor, RefundChargeCommand command) {
        actor.require(Permission.BILLING_MANAGE);
        ConnectedAccountService.requireConfigured(gateway);
        String chargeId = command.chargeId();
        if (chargeId == null || !chargeId.matches("(ch|py)_[A-Za-z0-9_]{1,200}")) {
            throw new ChargeNotFoundException();
        }
        Charge charge = charges.lock(actor.workspaceId(), chargeId).orElseThrow(ChargeNotFoundException::new);
        long amount = charge.refundAmount(command.amount());
        String reason = command.reason() == null ? null : command.reason().wireName();
        String key = "refund:" + chargeId + ":" + charge.amountRefunded() + ":" + amount;
        PaymentGatewayPort.RefundCreated created = gateway.refundCharge(charge.stripeAccountId(), chargeId, amount, reason, key);
        audit.record(AuditRecord.of(actor, "billing.refund_requested").target("stripe_charge", chargeId).detail("amount", amount)
                .detail("currency", charge.currency()).detail("reason", reason).detail("refund", created.refundId())
                .detail("outcome", created.status()));
        return new RefundResult(created.refundId(), chargeId, created.status(), created.amount(),
                created.currency() == null ? charge.currency() : created.currency());
    }

    @Override
    public List<Charge> charges(Actor actor) {
        actor.require(Permission.BILLING_READ);
        ConnectedAccountService.requireConfigured(gateway);
        return charges.list(actor.workspaceId());
    }

    @Override
    public List<Refund> refunds(Actor actor) {
        actor.require(Permission.BILLING_READ);
        ConnectedAccountService.requireConfigured(gateway);
        return refunds.list(actor.workspaceId());
    }

    @Override
    public List<Dispute> disputes(Actor actor) {
        actor.require(Permission.BILLING_READ);
        ConnectedAccountService.requireConfigured(gateway);
        return disputes.list(actor.workspaceId());
    }
}
