package com.coachkeep.infrastructure.persistence.support;

import com.coachkeep.infrastructure.persistence.shared.KeysetCursor;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.support.application.port.out.ContentScopesPort;
import com.coachkeep.support.application.port.out.SupportContentPort;
import com.coachkeep.support.application.port.out.SupportGrantRepository;
import com.coachkeep.support.domain.GrantScope;
import com.coachkeep.support.domain.InternalRole;
import com.coachkeep.support.domain.SupportGrant;
import com.coachkeep.support.domain.SupportGrantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Support grants in native SQL. The support use cases reach grants across workspaces (by id, pending ones) through the
 * worker role ({@link TenantScope#supportGrants()}, read only); every change, and the owner's list, runs under the
 * grant's own workspace.
 */
@ApplicationScoped
public class JpaSupportGrantRepository implements SupportGrantRepository {
    private static final String COLUMNS = "workspace_id, id, requested_by, requester_role, scope, reason, ticket, minutes, requested_at, "
            + "state, approved_by, approved_at, starts_at, ends_at, revoked_by, revoked_at, revoke_reason, views";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;
    /** The scopes the features contribute: a stored grant's scope name is read back as one of them. */
    @Inject
    ContentScopesPort scopes;

    @Override
    public void add(SupportGrant g) {
        tenant.workspace(g.workspaceId());
        em.createNativeQuery("insert into support_grant (" + COLUMNS + ") values (cast(?1 as uuid), cast(?2 as uuid), ?3, ?4, ?5, ?6, ?7, "
                        + "?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)")
                .setParameter(1, g.workspaceId().value().toString()).setParameter(2, g.id().toString()).setParameter(3, g.requestedBy())
                .setParameter(4, g.requesterRole().name()).setParameter(5, g.scope().storedName()).setParameter(6, g.reason())
                .setParameter(7, g.ticket()).setParameter(8, g.minutes()).setParameter(9, Persistence.toDb(g.requestedAt()))
                .setParameter(10, g.state().name()).setParameter(11, g.approvedBy()).setParameter(12, Persistence.toDb(g.approvedAt()))
                .setParameter(13, Persistence.toDb(g.startsAt())).setParameter(14, Persistence.toDb(g.endsAt()))
                .setParameter(15, g.revokedBy()).setParameter(16, Persistence.toDb(g.revokedAt())).setParameter(17, g.revokeReason())
                .setParameter(18, g.views()).executeUpdate();
    }

    @Override
    public void update(SupportGrant g) {
        tenant.workspace(g.workspaceId());
        write(g);
    }

    @Override
    public Optional<SupportGrant> findInWorkspace(WorkspaceId workspaceId, SupportGrantId id) {
        tenant.workspace(workspaceId);
        return rows(em.createNativeQuery("select " + COLUMNS + " from support_grant where workspace_id = cast(?1 as uuid) "
                + "and id = cast(?2 as uuid)").setParameter(1, workspaceId.value().toString()).setParameter(2, id.toString()))
                .stream().findFirst();
    }

    @Override
    public void updateInWorkspace(SupportGrant g) {
        tenant.workspace(g.workspaceId());
        write(g);
    }

    private void write(SupportGrant g) {
        em.createNativeQuery("update support_grant set state = ?3, approved_by = ?4, approved_at = ?5, starts_at = ?6, ends_at = ?7, "
                        + "revoked_by = ?8, revoked_at = ?9, revoke_reason = ?10 where workspace_id = cast(?1 as uuid) and id = cast(?2 as uuid)")
                .setParameter(1, g.workspaceId().value().toString()).setParameter(2, g.id().toString()).setParameter(3, g.state().name())
                .setParameter(4, g.approvedBy()).setParameter(5, Persistence.toDb(g.approvedAt()))
                .setParameter(6, Persistence.toDb(g.startsAt())).setParameter(7, Persistence.toDb(g.endsAt()))
                .setParameter(8, g.revokedBy()).setParameter(9, Persistence.toDb(g.revokedAt())).setParameter(10, g.revokeReason())
                .executeUpdate();
    }

    @Override
    public void countView(SupportGrant g) {
        tenant.workspace(g.workspaceId());
        em.createNativeQuery("update support_grant set views = views + 1 where workspace_id = cast(?1 as uuid) and id = cast(?2 as uuid)")
                .setParameter(1, g.workspaceId().value().toString()).setParameter(2, g.id().toString()).executeUpdate();
    }

    @Override
    public Optional<SupportGrant> find(SupportGrantId id) {
        return rows(tenant.supportGrants().rows("select " + COLUMNS + " from support_grant where id = ?", id.value()))
                .stream().findFirst();
    }

    @Override
    public List<SupportGrant> listPending(Instant since, int max) {
        return rows(tenant.supportGrants().rows("select " + COLUMNS + " from support_grant where state = 'PENDING' "
                + "and requested_at >= ? order by requested_at, id limit ?", Persistence.toDb(since), max));
    }

    @Override
    public List<SupportGrant> listRequestedBy(String staffId, int max) {
        return rows(tenant.supportGrants().rows("select " + COLUMNS + " from support_grant where requested_by = ? "
                + "order by requested_at desc, id desc limit ?", staffId, max));
    }

    @Override
    public Page<SupportGrant> listForWorkspace(WorkspaceId workspaceId, PageRequest page) {
        tenant.workspace(workspaceId);
        Query q;
        if (page.cursor() == null) {
            q = em.createNativeQuery("select " + COLUMNS + " from support_grant where workspace_id = cast(?1 as uuid) "
                    + "order by requested_at desc, id desc limit ?2");
        } else {
            KeysetCursor after = KeysetCursor.decode(page.cursor());
            q = em.createNativeQuery("select " + COLUMNS + " from support_grant where workspace_id = cast(?1 as uuid) "
                    + "and (requested_at, id) < (?3, cast(?4 as uuid)) order by requested_at desc, id desc limit ?2")
                    .setParameter(3, after.timeKey()).setParameter(4, after.id().toString());
        }
        q.setParameter(1, workspaceId.value().toString()).setParameter(2, page.limit() + 1);
        return KeysetCursor.page(rows(q), page.limit(),
                g -> new KeysetCursor(Persistence.toDb(g.requestedAt()).toString(), g.id().value()), g -> g);
    }

    @SuppressWarnings("unchecked")
    private List<SupportGrant> rows(Query query) {
        return rows((List<Object[]>) query.getResultList());
    }

    private List<SupportGrant> rows(List<Object[]> rows) {
        List<GrantScope> known = scopes.contributed().stream().map(SupportContentPort::scope).toList();
        return rows.stream().map(r -> new SupportGrant(new SupportGrantId(Rows.uuid(r[1])), new WorkspaceId(Rows.uuid(r[0])),
                (String) r[2], InternalRole.valueOf(Rows.text(r[3])), GrantScope.stored(Rows.text(r[4]), known), (String) r[5], (String) r[6],
                ((Number) r[7]).intValue(), Rows.instant(r[8]), SupportGrant.State.valueOf(Rows.text(r[9])), (String) r[10],
                Rows.instant(r[11]), Rows.instant(r[12]), Rows.instant(r[13]), (String) r[14], Rows.instant(r[15]), (String) r[16],
                ((Number) r[17]).longValue())).toList();
    }
}
