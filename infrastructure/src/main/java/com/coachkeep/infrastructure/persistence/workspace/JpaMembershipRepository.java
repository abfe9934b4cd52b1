package com.coachkeep.infrastructure.persistence.workspace;

import com.coachkeep.infrastructure.persistence.shared.KeysetCursor;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.application.port.out.MembershipRepository.CallerMembership;
import com.coachkeep.workspace.application.port.out.CustomRoleRepository;
import com.coachkeep.workspace.application.port.out.MembershipRepository;
import com.coachkeep.workspace.domain.CustomRole;
import com.coachkeep.workspace.domain.CustomRoleId;
import com.coachkeep.workspace.domain.Membership;
import com.coachkeep.workspace.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMembershipRepository implements MembershipRepository {
    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;
    @Inject
    CustomRoleRepository customRoles;
    @Inject
    IdentityCache identities;

    /**
     * The statement that makes the workspace's tenant setting also reads the workspace's and the person's identity
     * epochs; when this node keeps the caller's identity with the same epochs, that is the answer ({@link IdentityCache}).
     * Otherwise one statement reads the person (a global table), their active membership and the workspace (both under
     * the workspace's row-level security), and a custom role, which few members hold, a second one; a member's identity
     * is then kept with the epochs read before it.
     */
    @Override
    public Optional<CallerMembership> findCallerMembership(String issuer, String subject, WorkspaceId workspaceId) {
        IdentityCache.Key key = new IdentityCache.Key(issuer, subject, workspaceId.value());
        String epochs = tenant.enterWorkspace(workspaceId, issuer, subject);
        Optional<CallerMembership> kept = identities.use(key, epochs);
        if (kept.isPresent()) {
            return kept;
        }
        List<Object[]> rows = em.createQuery("select p, m, w from PersonEntity p "
                        + "left join MembershipEntity m on m.personId = p.id and m.workspaceId = :w and m.status = 'ACTIVE' "
                        + "left join WorkspaceEntity w on w.id = m.workspaceId "
                        + "where p.issuer = :iss and p.subject = :sub", Object[].class)
                .setParameter("w", workspaceId.value()).setParameter("iss", issuer).setParameter("sub", subject)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        Optional<Membership> membership = Optional.ofNullable((MembershipEntity) row[1]).map(WorkspaceMapper::toDomain);
        Optional<CustomRole> customRole = membership.filter(m -> m.role() == Role.CUSTOM && m.customRoleId() != null)
                .flatMap(m -> customRoles.findById(workspaceId, m.customRoleId()));
        CallerMembership found = new CallerMembership(WorkspaceMapper.toDomain((PersonEntity) row[0]), membership,
                Optional.ofNullable((WorkspaceEntity) row[2]).map(WorkspaceMapper::toDomain), customRole);
        identities.keep(key, epochs, found);
        return Optional.of(found);
    }

    @Override
    public Optional<Membership> findActive(WorkspaceId workspaceId, PersonId personId) {
        tenant.workspace(workspaceId);
        return em.createQuery("select m from MembershipEntity m where m.workspaceId = :w and m.personId = :p and m.status = 'ACTIVE'",
                        MembershipEntity.class)
                .setParameter("w", workspaceId.value()).setParameter("p", personId.value())
                .getResultStream().findFirst().map(WorkspaceMapper::toDomain);
    }

    @Override
    public Optional<Membership> findActiveByEmail(WorkspaceId workspaceId, EmailAddress email) {
        tenant.workspace(workspaceId);
        return em.createQuery("select m from MembershipEntity m, PersonEntity p where m.workspaceId = :w "
                        + "and m.personId = p.id and p.email = :e and m.status = 'ACTIVE'", MembershipEntity.class)
                .setParameter("w", workspaceId.value()).setParameter("e", email.value())
                .getResultStream().findFirst().map(WorkspaceMapper::toDomain);
    }

    @Override
    public Optional<Membership> findById(WorkspaceId workspaceId, MembershipId id) {
        tenant.workspace(workspaceId);
        return em.createQuery("select m from MembershipEntity m where m.workspaceId = :w and m.id = :id", MembershipEntity.class)
                .setParameter("w", workspaceId.value()).setParameter("id", id.value())
                .getResultStream().findFirst().map(WorkspaceMapper::toDomain);
    }

    @Override
    public List<Membership> findActiveOfPerson(PersonId personId) {
        tenant.person(personId);
        return em.createQuery("select m from MembershipEntity m where m.personId = :p and m.status = 'ACTIVE'", MembershipEntity.class)
                .setParameter("p", personId.value()).getResultStream().map(WorkspaceMapper::toDomain).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Page<Membership> listActiveStaff(WorkspaceId workspaceId, PageRequest page) {
        tenant.workspace(workspaceId);
        StringBuilder sql = new StringBuilder("select * from membership where workspace_id = ?1 and status = 'ACTIVE' and role <> 'CLIENT'");
        KeysetCursor after = page.cursor() == null ? null : KeysetCursor.decode(page.cursor());
        if (after != null) {
            sql.append(" and (created_at, id) > (?2, ?3)");
        }
        sql.append(" order by created_at, id limit ").append(page.limit() + 1);
        Query q = em.createNativeQuery(sql.toString(), MembershipEntity.class).setParameter(1, workspaceId.value());
        if (after != null) {
            q.setParameter(2, after.timeKey()).setParameter(3, after.id());
        }
        List<MembershipEntity> rows = q.getResultList();
        return KeysetCursor.page(rows, page.limit(), e -> new KeysetCursor(e.createdAt.toString(), e.id), WorkspaceMapper::toDomain);
    }

    @Override
    public long countActiveWithCustomRole(WorkspaceId workspaceId, CustomRoleId customRoleId) {
        tenant.workspace(workspaceId);
        return em.createQuery("select count(m) from MembershipEntity m where m.workspaceId = :w and m.customRoleId = :r "
                        + "and m.status = 'ACTIVE'", Long.class)
                .setParameter("w", workspaceId.value()).setParameter("r", customRoleId.value().toString()).getSingleResult();
    }

    @Override
    public void add(Membership membership) {
        tenant.workspace(membership.workspaceId());
        MembershipEntity e = new MembershipEntity();
        WorkspaceMapper.copy(membership, e);
        em.persist(e);
    }

    @Override
    public void update(Membership membership) {
        tenant.workspace(membership.workspaceId());
        MembershipEntity e = em.find(MembershipEntity.class, membership.id().value());
        if (e == null || !e.workspaceId.equals(membership.workspaceId().value())) {
            throw new IllegalStateException("membership vanished while being changed");
        }
        WorkspaceMapper.copy(membership, e);
    }
}
