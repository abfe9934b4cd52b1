package com.coachkeep.infrastructure.persistence.billing;

import static com.coachkeep.infrastructure.persistence.billing.MirroredRowRepository.Column.at;
import static com.coachkeep.infrastructure.persistence.billing.MirroredRowRepository.Column.of;

import com.coachkeep.billing.application.port.out.ChargeRepository;
import com.coachkeep.billing.domain.Charge;
import com.coachkeep.billing.domain.StripeVersion;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** {@code billing_charge}: the payments mirrored from a workspace's connected account. */
@ApplicationScoped
public class JpaChargeRepository extends MirroredRowRepository<Charge> implements ChargeRepository {
    public JpaChargeRepository() {
        super("billing_charge", List.of(of("stripe_charge_id", Charge::stripeChargeId), of("stripe_account_id", Charge::stripeAccountId),
                of("stripe_customer_id", Charge::customerId), of("stripe_payment_intent_id", Charge::paymentIntentId),
                of("status", Charge::status), of("amount", Charge::amount), of("amount_captured", Charge::amountCaptured),
                of("amount_refunded", Charge::amountRefunded), of("currency", Charge::currency), of("disputed", Charge::disputed),
                at("charged_at", Charge::chargedAt), at("state_at", c -> c.version().created()),
                of("state_event_id", c -> c.version().eventId())),
                "charged_at desc nulls last, stripe_charge_id", Charge::workspaceId, JpaChargeRepository::charge);
    }

    static Charge charge(WorkspaceId w, Object[] r) {
        return new Charge(w, (String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], ((Number) r[5]).longValue(),
                ((Number) r[6]).longValue(), ((Number) r[7]).longValue(), Rows.text(r[8]), Boolean.TRUE.equals(r[9]), Rows.instant(r[10]),
                new StripeVersion(Rows.instant(r[11]), (String) r[12]));
    }
}
