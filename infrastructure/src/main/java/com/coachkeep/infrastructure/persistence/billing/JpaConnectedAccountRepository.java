package com.coachkeep.infrastructure.persistence.billing;

import com.coachkeep.billing.application.port.out.ConnectedAccountRepository;
import com.coachkeep.billing.domain.ConnectedAccount;
import com.coachkeep.billing.domain.StripeVersion;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@code billing_connected_account}: one row per workspace that started onboarding. */
@ApplicationScoped
public class JpaConnectedAccountRepository implements ConnectedAccountRepository {
    static final String COLUMNS = "workspace_id, stripe_account_id, details_submitted, charges_enabled, payouts_enabled, requirements_due, "
            + "state_at, state_event_id, created_at";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public Optional<ConnectedAccount> find(WorkspaceId w) {
        return read(w, false);
    }

    @Override
    public Optional<ConnectedAccount> lock(WorkspaceId w) {
        return read(w, true);
    }

    @SuppressWarnings("unchecked")
    private Optional<ConnectedAccount> read(WorkspaceId w, boolean lock) {
        tenant.workspace(w);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from billing_connected_account where workspace_id = cast(?1 as uuid)"
                + (lock ? " for update" : "")).setParameter(1, w.value().toString()).getResultList();
        return rows.stream().findFirst().map(r -> new ConnectedAccount(w, (String) r[1], Boolean.TRUE.equals(r[2]), Boolean.TRUE.equals(r[3]),
                Boolean.TRUE.equals(r[4]), r[5] == null || r[5].toString().isEmpty() ? List.of() : Arrays.asList(r[5].toString().split(",")),
                r[6] == null ? null : new StripeVersion(Rows.instant(r[6]), (String) r[7]), Rows.instant(r[8])));
    }

    @Override
    public void save(ConnectedAccount a) {
        tenant.workspace(a.workspaceId());
        String due = String.join(",", a.requirementsDue());
        em.createNativeQuery("insert into billing_connected_account (" + COLUMNS + ", version) values (cast(?1 as uuid), ?2, ?3, ?4, ?5, ?6, "
                + "cast(?7 as timestamptz), ?8, cast(?9 as timestamptz), 1) on conflict (workspace_id) do update set "
                + "stripe_account_id = excluded.stripe_account_id, details_submitted = excluded.details_submitted, "
                + "charges_enabled = excluded.charges_enabled, payouts_enabled = excluded.payouts_enabled, requirements_due = excluded.requirements_due, "
                + "state_at = excluded.state_at, state_event_id = excluded.state_event_id, version = billing_connected_account.version + 1")
                .setParameter(1, a.workspaceId().value().toString()).setParameter(2, a.stripeAccountId()).setParameter(3, a.detailsSubmitted())
                .setParameter(4, a.chargesEnabled()).setParameter(5, a.payoutsEnabled()).setParameter(6, due.length() > 4000 ? due.substring(0, 4000) : due)
                .setParameter(7, a.version() == null ? null : Rows.param(a.version().created()))
                .setParameter(8, a.version() == null ? null : a.version().eventId()).setParameter(9, Rows.param(a.createdAt())).executeUpdate();
    }

    @Override
    public Optional<WorkspaceId> workspaceOf(String stripeAccountId) {
        return tenant.billingAccounts().rows("select workspace_id from billing_connected_account where stripe_account_id = ? order by created_at limit 1",
                stripeAccountId).stream().findFirst().map(r -> new WorkspaceId(Rows.uuid(r[0])));
    }
}
