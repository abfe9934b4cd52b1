package com.coachkeep.infrastructure.persistence.billing;

import static com.coachkeep.infrastructure.persistence.billing.MirroredRowRepository.Column.at;
import static com.coachkeep.infrastructure.persistence.billing.MirroredRowRepository.Column.of;

import com.coachkeep.billing.application.port.out.InvoiceRepository;
import com.coachkeep.billing.domain.Invoice;
import com.coachkeep.billing.domain.StripeVersion;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** {@code billing_invoice}: the invoices mirrored from a workspace's connected account. */
@ApplicationScoped
public class JpaInvoiceRepository extends MirroredRowRepository<Invoice> implements InvoiceRepository {
    public JpaInvoiceRepository() {
        super("billing_invoice", List.of(of("stripe_invoice_id", Invoice::stripeInvoiceId), of("stripe_account_id", Invoice::stripeAccountId),
                of("stripe_customer_id", Invoice::customerId), of("stripe_subscription_id", Invoice::subscriptionId),
                of("status", Invoice::status), of("amount_due", Invoice::amountDue), of("amount_paid", Invoice::amountPaid),
                of("currency", Invoice::currency), of("attempt_count", Invoice::attemptCount),
                at("next_payment_attempt", Invoice::nextPaymentAttempt), at("state_at", i -> i.version().created()),
                of("state_event_id", i -> i.version().eventId()), of("tax", Invoice::tax)),
                "state_at desc, stripe_invoice_id", Invoice::workspaceId, JpaInvoiceRepository::invoice);
    }

    static Invoice invoice(WorkspaceId w, Object[] r) {
        return new Invoice(w, (String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], ((Number) r[5]).longValue(),
                ((Number) r[6]).longValue(), Rows.text(r[7]), ((Number) r[8]).intValue(), Rows.instant(r[9]),
                new StripeVersion(Rows.instant(r[10]), (String) r[11]), ((Number) r[12]).longValue());
    }
}
