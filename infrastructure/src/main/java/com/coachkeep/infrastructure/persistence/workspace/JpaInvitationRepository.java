package com.coachkeep.infrastructure.persistence.workspace;

import com.coachkeep.infrastructure.persistence.shared.KeysetCursor;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.application.port.out.InvitationRepository;
import com.coachkeep.workspace.domain.Invitation;
import com.coachkeep.workspace.domain.InvitationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaInvitationRepository implements InvitationRepository {
    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public void add(Invitation invitation) {
        tenant.workspace(invitation.workspaceId());
        InvitationEntity e = new InvitationEntity();
        WorkspaceMapper.copy(invitation, e);
        em.persist(e);
    }

    @Override
    public void update(Invitation invitation) {
        tenant.workspace(invitation.workspaceId());
        InvitationEntity e = em.find(InvitationEntity.class, invitation.id().value());
        if (e == null || !e.workspaceId.equals(invitation.workspaceId().value())) {
            throw new IllegalStateException("invitation vanished while being changed");
        }
        WorkspaceMapper.copy(invitation, e);
    }

    @Override
    public Optional<Invitation> findById(WorkspaceId workspaceId, InvitationId id) {
        tenant.workspace(workspaceId);
        return em.createQuery("select i from InvitationEntity i where i.workspaceId = :w and i.id = :id", InvitationEntity.class)
                .setParameter("w", workspaceId.value()).setParameter("id", id.value())
                .getResultStream().findFirst().map(WorkspaceMapper::toDomain);
    }

    @Override
    public Optional<Invitation> findByTokenHash(String tokenHash) {
        tenant.invitationToken(tokenHash);
        return em.createQuery("select i from InvitationEntity i where i.tokenHash = :h", InvitationEntity.class)
                .setParameter("h", tokenHash).getResultStream().findFirst().map(WorkspaceMapper::toDomain);
    }

    @Override
    public Optional<Invitation> findPendingByEmail(WorkspaceId workspaceId, EmailAddress email) {
        tenant.workspace(workspaceId);
        return em.createQuery("select i from InvitationEntity i where i.workspaceId = :w and i.email = :e and i.status = 'PENDING'",
                        InvitationEntity.class)
                .setParameter("w", workspaceId.value()).setParameter("e", email.value())
                .getResultStream().findFirst().map(WorkspaceMapper::toDomain);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Page<Invitation> listPending(WorkspaceId workspaceId, PageRequest page) {
        tenant.workspace(workspaceId);
        StringBuilder sql = new StringBuilder("select * from invitation where workspace_id = ?1 and status = 'PENDING'");
        KeysetCursor before = page.cursor() == null ? null : KeysetCursor.decode(page.cursor());
        if (before != null) {
            sql.append(" and (created_at, id) < (?2, ?3)");
        }
        sql.append(" order by created_at desc, id desc limit ").append(page.limit() + 1);
        Query q = em.createNativeQuery(sql.toString(), InvitationEntity.class).setParameter(1, workspaceId.value());
        if (before != null) {
            q.setParameter(2, before.timeKey()).setParameter(3, before.id());
        }
        List<InvitationEntity> rows = q.getResultList();
        return KeysetCursor.page(rows, page.limit(), e -> new KeysetCursor(e.createdAt.toString(), e.id), WorkspaceMapper::toDomain);
    }
}
