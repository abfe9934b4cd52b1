package com.coachkeep.infrastructure.persistence.billing;

import static com.coachkeep.infrastructure.persistence.billing.MirroredRowRepository.Column.at;
import static com.coachkeep.infrastructure.persistence.billing.MirroredRowRepository.Column.of;

import com.coachkeep.billing.application.port.out.RefundRepository;
import com.coachkeep.billing.domain.Refund;
import com.coachkeep.billing.domain.StripeVersion;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** {@code billing_refund}: the refunds mirrored from a workspace's connected account. */
@ApplicationScoped
public class JpaRefundRepository extends MirroredRowRepository<Refund> implements RefundRepository {
    public JpaRefundRepository() {
        super("billing_refund", List.of(of("stripe_refund_id", Refund::stripeRefundId), of("stripe_account_id", Refund::stripeAccountId),
                of("stripe_charge_id", Refund::chargeId), of("stripe_payment_intent_id", Refund::paymentIntentId),
                of("status", Refund::status), of("amount", Refund::amount), of("currency", Refund::currency), of("reason", Refund::reason),
                of("failure_reason", Refund::failureReason), at("refunded_at", Refund::refundedAt), at("state_at", x -> x.version().created()),
                of("state_event_id", x -> x.version().eventId())),
                "refunded_at desc nulls last, stripe_refund_id", Refund::workspaceId, JpaRefundRepository::refund);
    }

    static Refund refund(WorkspaceId w, Object[] r) {
        return new Refund(w, (String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], ((Number) r[5]).longValue(),
                Rows.text(r[6]), (String) r[7], (String) r[8], Rows.instant(r[9]), new StripeVersion(Rows.instant(r[10]), (String) r[11]));
    }
}
