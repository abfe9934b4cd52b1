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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The clients' subscriptions as mirrored and their payment standing: all of them with the workspace, a client's own with the client. */
@ApplicationScoped
public class ClientSubscriptionExport implements PersonalDataExportPort {
    static final List<String> HEADER = List.of("subscriptionId", "clientId", "customerId", "status", "priceId", "currentPeriodEnd",
            "cancelAtPeriodEnd", "pauseBehavior", "pauseResumesAt", "pausedSince", "failingSince", "failingInvoiceId", "nextRetryAt", "stateAt");

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public String feature() {
        return "billing-subscriptions";
    }

    @Override
    public List<String> tables() {
        return ClientSubscriptionErasure.TABLES;
    }

    @Override
    public String readme() {
        return """
                    subscriptions.csv         clients' subscriptions on the coach's Stripe account as mirrored: status, period
                                              end, cancellation, pause, and the payment standing (failing since, next retry);
                                              the client is named through their checkout (a client's own archive holds theirs)
                    access-settings.json      the grace period after a failed renewal before a client's program pauses""";
    }

    @Override
    @SuppressWarnings("unchecked")
    public void exportWorkspace(WorkspaceId workspaceId, ExportArchivePort archive) {
        tenant.workspace(workspaceId);
        subscriptions(workspaceId, null, archive);
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select grace_period_days, updated_at from billing_access_settings "
                + "where workspace_id = cast(?1 as uuid)").setParameter(1, workspaceId.value().toString()).getResultList()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gracePeriodDays", r[0]);
            m.put("updatedAt", Rows.instant(r[1]).toString());
            archive.json("access-settings.json", m);
        }
    }

    @Override
    public void exportClient(WorkspaceId workspaceId, ClientId clientId, ExportArchivePort archive) {
        tenant.workspace(workspaceId);
        subscriptions(workspaceId, clientId, archive);
    }

    @SuppressWarnings("unchecked")
    private void subscriptions(WorkspaceId workspaceId, ClientId clientId, ExportArchivePort archive) {
        var q = em.createNativeQuery("select s.stripe_subscription_id, (select c.client_id::text from billing_checkout c where c.workspace_id = s.workspace_id "
                + "and c.stripe_subscription_id = s.stripe_subscription_id order by c.created_at desc limit 1) as client, s.stripe_customer_id, s.status, "
                + "s.stripe_price_id, s.current_period_end, s.cancel_at_period_end, s.pause_behavior, s.pause_resumes_at, s.paused_since, s.failing_since, "
                + "s.failing_invoice_id, s.next_retry_at, s.state_at from billing_subscription s where s.workspace_id = cast(?1 as uuid)"
                + (clientId == null ? "" : " and exists (select 1 from billing_checkout c where c.workspace_id = s.workspace_id "
                        + "and c.stripe_subscription_id = s.stripe_subscription_id and c.client_id = cast(?2 as uuid))")
                + " order by s.stripe_subscription_id").setParameter(1, workspaceId.value().toString());
        if (clientId != null) {
            q.setParameter(2, clientId.value().toString());
        }
        List<List<String>> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            rows.add(Arrays.asList((String) r[0], Rows.text(r[1]), (String) r[2], (String) r[3], (String) r[4], t(r[5]), String.valueOf(r[6]),
                    (String) r[7], t(r[8]), t(r[9]), t(r[10]), (String) r[11], t(r[12]), t(r[13])));
        }
        archive.csv("subscriptions.csv", HEADER, rows.iterator());
    }

    private static String t(Object o) {
        return o == null ? null : Rows.instant(o).toString();
    }
}
