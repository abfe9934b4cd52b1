package com.coachkeep.infrastructure.persistence.billing;

import com.coachkeep.billing.application.port.out.InvoiceRepository;
import com.coachkeep.billing.domain.Invoice;
import com.coachkeep.billing.domain.StripeVersion;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@code billing_invoice}: the invoices mirrored from a workspace's connected account. */
@ApplicationScoped
public class JpaInvoiceRepository implements InvoiceRepository {
    static final String COLUMNS = "stripe_invoice_id, stripe_account_id, stripe_customer_id, stripe_subscription_id, status, amount_due, "
            + "amount_paid, currency, attempt_count, next_payment_attempt, state_at, state_event_id, tax";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Invoice> lock(WorkspaceId w, String id) {
        tenant.workspace(w);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from billing_invoice where workspace_id = cast(?1 as uuid) "
                + "and stripe_invoice_id = ?2 for update").setParameter(1, w.value().toString()).setParameter(2, id).getResultList();
        return rows.stream().findFirst().map(r -> invoice(w, r));
    }

    @Override
    public void save(Invoice i) {
        tenant.workspace(i.workspaceId());
        em.createNativeQuery("insert into billing_invoice (workspace_id, " + COLUMNS + ") values (cast(?1 as uuid), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                + "cast(?11 as timestamptz), cast(?12 as timestamptz), ?13, ?14) on conflict (workspace_id, stripe_invoice_id) do update set "
                + "stripe_customer_id = excluded.stripe_customer_id, stripe_subscription_id = excluded.stripe_subscription_id, status = excluded.status, "
                + "amount_due = excluded.amount_due, amount_paid = excluded.amount_paid, currency = excluded.currency, attempt_count = excluded.attempt_count, "
                + "next_payment_attempt = excluded.next_payment_attempt, state_at = excluded.state_at, state_event_id = excluded.state_event_id, "
                + "tax = excluded.tax")
                .setParameter(1, i.workspaceId().value().toString()).setParameter(2, i.stripeInvoiceId()).setParameter(3, i.stripeAccountId())
                .setParameter(4, i.customerId()).setParameter(5, i.subscriptionId()).setParameter(6, i.status()).setParameter(7, i.amountDue())
                .setParameter(8, i.amountPaid()).setParameter(9, i.currency()).setParameter(10, i.attemptCount())
                .setParameter(11, Rows.param(i.nextPaymentAttempt())).setParameter(12, Rows.param(i.version().created()))
                .setParameter(13, i.version().eventId()).setParameter(14, i.tax()).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Invoice> list(WorkspaceId w) {
        tenant.workspace(w);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from billing_invoice where workspace_id = cast(?1 as uuid) "
                + "order by state_at desc, stripe_invoice_id limit 500").setParameter(1, w.value().toString()).getResultList();
        return rows.stream().map(r -> invoice(w, r)).toList();
    }

    static Invoice invoice(WorkspaceId w, Object[] r) {
        return new Invoice(w, (String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], ((Number) r[5]).longValue(),
                ((Number) r[6]).longValue(), Rows.text(r[7]), ((Number) r[8]).intValue(), Rows.instant(r[9]),
                new StripeVersion(Rows.instant(r[10]), (String) r[11]), ((Number) r[12]).longValue());
    }
}
