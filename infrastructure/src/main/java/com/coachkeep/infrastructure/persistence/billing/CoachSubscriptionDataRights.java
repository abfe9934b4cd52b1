package com.coachkeep.infrastructure.persistence.billing;

import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TableErasure;
import com.coachkeep.privacy.application.port.out.ExportArchivePort;
import com.coachkeep.privacy.application.port.out.PersonalDataExportPort;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The workspace's own subscription to Coachkeep (and the checkouts that made it): the workspace's business records with
 * Coachkeep, naming no client; exported with the workspace (its folder {@code subscription/}) and erased with it. A
 * client's erasure or export has nothing here.
 */
@ApplicationScoped
public class CoachSubscriptionDataRights extends TableErasure implements PersonalDataExportPort {
    public static final List<String> TABLES = List.of("billing_coach_subscription", "billing_coach_checkout");

    public CoachSubscriptionDataRights() {
        super("subscription", TABLES, List.of());
    }

    @Override
    public Set<String> pointsAt() {
        return Set.of(WORKSPACE);
    }

    @Override
    public String readme() {
        return """
                    subscriptions.csv         the workspace's subscriptions to Coachkeep (Stripe Billing) as mirrored from
                                              Stripe: plan, status, current period end, cancellation
                    checkouts.csv             the owner's checkouts of Coachkeep plans and their outcome""";
    }

    @Override
    @SuppressWarnings("unchecked")
    public void exportWorkspace(WorkspaceId workspaceId, ExportArchivePort archive) {
        tenant.workspace(workspaceId);
        List<List<String>> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select stripe_subscription_id, stripe_customer_id, plan_key, stripe_price_id, status, "
                + "current_period_end, cancel_at_period_end, canceled_at, stripe_created, state_at from billing_coach_subscription "
                + "where workspace_id = cast(?1 as uuid) order by stripe_created nulls last, stripe_subscription_id")
                .setParameter(1, workspaceId.value().toString()).getResultList()) {
            rows.add(Arrays.asList((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], time(r[5]), String.valueOf(r[6]),
                    time(r[7]), time(r[8]), time(r[9])));
        }
        archive.csv("subscriptions.csv", List.of("subscriptionId", "customerId", "plan", "priceId", "status", "currentPeriodEnd",
                "cancelAtPeriodEnd", "canceledAt", "createdAt", "stateAt"), rows.iterator());
        List<List<String>> checkouts = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select id, plan_key, status, stripe_customer_id, stripe_subscription_id, created_at "
                + "from billing_coach_checkout where workspace_id = cast(?1 as uuid) order by created_at, id")
                .setParameter(1, workspaceId.value().toString()).getResultList()) {
            checkouts.add(Arrays.asList(Rows.text(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4], time(r[5])));
        }
        archive.csv("checkouts.csv", List.of("id", "plan", "status", "stripeCustomerId", "stripeSubscriptionId", "createdAt"), checkouts.iterator());
    }

    @Override
    public void exportClient(WorkspaceId workspaceId, ClientId clientId, ExportArchivePort archive) {
        // the workspace's subscription to Coachkeep is the business's, not a client's
    }

    private static String time(Object value) {
        return value == null ? "" : Rows.instant(value).toString();
    }
}
