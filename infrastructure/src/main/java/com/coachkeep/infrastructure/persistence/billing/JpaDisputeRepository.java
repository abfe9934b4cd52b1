package com.coachkeep.infrastructure.persistence.billing;

import static com.coachkeep.infrastructure.persistence.billing.MirroredRowRepository.Column.at;
import static com.coachkeep.infrastructure.persistence.billing.MirroredRowRepository.Column.of;

import com.coachkeep.billing.application.port.out.DisputeRepository;
import com.coachkeep.billing.domain.Dispute;
import com.coachkeep.billing.domain.StripeVersion;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * {@code billing_dispute}: the disputes mirrored from a workspace's connected account, listed with those awaiting the
 * coach's response first, soonest evidence deadline first.
 */
@ApplicationScoped
public class JpaDisputeRepository extends MirroredRowRepository<Dispute> implements DisputeRepository {
    public JpaDisputeRepository() {
        super("billing_dispute", List.of(of("stripe_dispute_id", Dispute::stripeDisputeId), of("stripe_account_id", Dispute::stripeAccountId),
                of("stripe_charge_id", Dispute::chargeId), of("stripe_payment_intent_id", Dispute::paymentIntentId),
                of("status", Dispute::status), of("amount", Dispute::amount), of("currency", Dispute::currency), of("reason", Dispute::reason),
                at("evidence_due_by", Dispute::evidenceDueBy), at("disputed_at", Dispute::disputedAt), at("state_at", d -> d.version().created()),
                of("state_event_id", d -> d.version().eventId())),
                "(status in ('needs_response', 'warning_needs_response')) desc, "
                        + "case when status in ('needs_response', 'warning_needs_response') then evidence_due_by end nulls last, "
                        + "disputed_at desc nulls last, stripe_dispute_id",
                Dispute::workspaceId, JpaDisputeRepository::dispute);
    }

    static Dispute dispute(WorkspaceId w, Object[] r) {
        return new Dispute(w, (String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], ((Number) r[5]).longValue(),
                Rows.text(r[6]), (String) r[7], Rows.instant(r[8]), Rows.instant(r[9]), new StripeVersion(Rows.instant(r[10]), (String) r[11]));
    }
}
