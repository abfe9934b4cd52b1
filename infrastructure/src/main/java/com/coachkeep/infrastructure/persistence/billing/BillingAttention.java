package com.coachkeep.infrastructure.persistence.billing;

import com.coachkeep.billing.domain.Dispute;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AttentionSource;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Billing's contribution to the coach dashboard, from the mirror: clients with a failed payment (an open invoice whose
 * payment failed at least once: how many, what they owe, Stripe's next retry) and clients whose dispute waits for the
 * coach's evidence with the deadline within {@link Dispute#DUE_SOON} (or passed). A client is found through their
 * checkouts (their Stripe customer); two statements for every client. Only for staff who read billing.
 */
@ApplicationScoped
public class BillingAttention implements AttentionSource {
    /** The visible clients' Stripe customers, from their checkouts. */
    private static final String CUSTOMERS = "(select distinct client_id, stripe_customer_id from billing_checkout where workspace_id = ?1 "
            + "and client_id = any(cast(?2 as uuid[])) and stripe_customer_id is not null) k";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    @SuppressWarnings("unchecked")
    public List<Item> attention(Actor actor, Set<UUID> clientIds, Instant now) {
        if (!actor.staff() || !actor.has(Permission.BILLING_READ) || clientIds.isEmpty()) {
            return List.of();
        }
        tenant.workspace(actor.workspaceId());
        String ids = "{" + clientIds.stream().map(UUID::toString).collect(Collectors.joining(",")) + "}";
        List<Item> out = new ArrayList<>();
        List<Object[]> failed = em.createNativeQuery("select k.client_id, i.currency, count(*), sum(i.amount_due - i.amount_paid), "
                        + "min(i.next_payment_attempt) from billing_invoice i join " + CUSTOMERS + " on k.stripe_customer_id = i.stripe_customer_id "
                        + "where i.workspace_id = ?1 and i.status = 'open' and i.attempt_count > 0 group by k.client_id, i.currency "
                        + "order by k.client_id, i.currency")
                .setParameter(1, actor.workspaceId().value()).setParameter(2, ids).getResultList();
        for (Object[] r : failed) {
            long count = ((Number) r[2]).longValue();
            Instant next = Rows.instant(r[4]);
            out.add(new Item("billing", Rows.uuid(r[0]), "payment-failed", (count == 1 ? "A payment" : count + " payments") + " failed: "
                    + r[3] + " " + Rows.text(r[1]) + " (minor units) still owed" + (next == null ? ", no retry scheduled" : ", Stripe retries " + next)));
        }
        List<Object[]> disputes = em.createNativeQuery("select k.client_id, d.stripe_dispute_id, d.amount, d.currency, d.reason, d.evidence_due_by "
                        + "from billing_dispute d join billing_charge c on c.workspace_id = d.workspace_id and c.stripe_charge_id = d.stripe_charge_id "
                        + "join " + CUSTOMERS + " on k.stripe_customer_id = c.stripe_customer_id where d.workspace_id = ?1 "
                        + "and d.status in ('needs_response', 'warning_needs_response') and d.evidence_due_by < cast(?3 as timestamptz) "
                        + "order by d.evidence_due_by, d.stripe_dispute_id")
                .setParameter(1, actor.workspaceId().value()).setParameter(2, ids).setParameter(3, Rows.param(now.plus(Dispute.DUE_SOON)))
                .getResultList();
        for (Object[] r : disputes) {
            Instant due = Rows.instant(r[5]);
            out.add(new Item("billing", Rows.uuid(r[0]), "dispute-evidence-due", "Dispute " + r[1] + " of " + r[2] + " " + Rows.text(r[3])
                    + " (" + r[4] + "): evidence " + (due.isBefore(now) ? "was due " : "due ") + due + ", in the Stripe dashboard"));
        }
        return out;
    }
}
