package com.coachkeep.infrastructure.persistence.billing;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.privacy.application.port.out.ExportArchivePort;
import com.coachkeep.privacy.application.port.out.PersonalDataExportPort;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The workspace archive's payments, refunds and disputes as mirrored from Stripe (accounting records, Stripe ids only). */
@ApplicationScoped
public class PaymentsExport implements PersonalDataExportPort {
    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public String feature() {
        return "billing-payments";
    }

    @Override
    public List<String> tables() {
        return PaymentsErasure.TABLES;
    }

    @Override
    public String readme() {
        return """
                    charges.csv               payments on the workspace's Stripe account as mirrored from Stripe (minor
                                              units; what is refunded of each)
                    refunds.csv               refunds of those payments, made through Coachkeep or in Stripe's dashboard
                    disputes.csv              disputes (chargebacks) of those payments: reason, status, evidence deadline""";
    }

    @Override
    public void exportWorkspace(WorkspaceId w, ExportArchivePort archive) {
        tenant.workspace(w);
        archive.csv("charges.csv", List.of("chargeId", "customerId", "paymentIntentId", "status", "amount", "amountCaptured", "amountRefunded",
                "currency", "disputed", "chargedAt", "stateAt"), rows(w, "select stripe_charge_id, stripe_customer_id, stripe_payment_intent_id, "
                + "status, amount, amount_captured, amount_refunded, currency, disputed, charged_at, state_at from billing_charge "
                + "where workspace_id = cast(?1 as uuid) order by charged_at, stripe_charge_id").iterator());
        archive.csv("refunds.csv", List.of("refundId", "chargeId", "paymentIntentId", "status", "amount", "currency", "reason", "failureReason",
                "refundedAt", "stateAt"), rows(w, "select stripe_refund_id, stripe_charge_id, stripe_payment_intent_id, status, amount, currency, "
                + "reason, failure_reason, refunded_at, state_at from billing_refund where workspace_id = cast(?1 as uuid) "
                + "order by refunded_at, stripe_refund_id").iterator());
        archive.csv("disputes.csv", List.of("disputeId", "chargeId", "paymentIntentId", "status", "amount", "currency", "reason", "evidenceDueBy",
                "disputedAt", "stateAt"), rows(w, "select stripe_dispute_id, stripe_charge_id, stripe_payment_intent_id, status, amount, currency, "
                + "reason, evidence_due_by, disputed_at, state_at from billing_dispute where workspace_id = cast(?1 as uuid) "
                + "order by disputed_at, stripe_dispute_id").iterator());
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> rows(WorkspaceId w, String sql) {
        List<List<String>> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(sql).setParameter(1, w.value().toString()).getResultList()) {
            String[] cells = new String[r.length];
            for (int i = 0; i < r.length; i++) {
                Object v = r[i];
                cells[i] = v == null ? "" : v instanceof java.sql.Timestamp || v instanceof java.time.temporal.Temporal ? Rows.instant(v).toString()
                        : Rows.text(v);
            }
            out.add(Arrays.asList(cells));
        }
        return out;
    }

    /** The payments name no client (Stripe's customer id only): a client's own archive holds their checkouts (billing). */
    @Override
    public void exportClient(WorkspaceId workspaceId, ClientId clientId, ExportArchivePort archive) {
    }
}
