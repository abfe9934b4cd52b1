package com.coachkeep.infrastructure.persistence.workspace;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.application.port.out.CustomRoleRepository;
import com.coachkeep.workspace.domain.CustomRole;
import com.coachkeep.workspace.domain.CustomRoleId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaCustomRoleRepository implements CustomRoleRepository {
    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public Optional<CustomRole> findById(WorkspaceId workspaceId, CustomRoleId id) {
        return find(workspaceId, id.value()).map(WorkspaceMapper::toDomain);
    }

    @Override
    public List<CustomRole> findAllById(WorkspaceId workspaceId, Collection<CustomRoleId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        tenant.workspace(workspaceId);
        return em.createQuery("select r from CustomRoleEntity r where r.workspaceId = :w and r.id in :ids", CustomRoleEntity.class)
                .setParameter("w", workspaceId.value()).setParameter("ids", ids.stream().map(CustomRoleId::value).toList())
                .getResultStream().map(WorkspaceMapper::toDomain).toList();
    }

    @Override
    public List<CustomRole> findAll(WorkspaceId workspaceId) {
        tenant.workspace(workspaceId);
        return em.createQuery("select r from CustomRoleEntity r where r.workspaceId = :w order by lower(r.name), r.id",
                        CustomRoleEntity.class)
                .setParameter("w", workspaceId.value()).setMaxResults(CustomRole.MAX_PER_WORKSPACE + 1)
                .getResultStream().map(WorkspaceMapper::toDomain).toList();
    }

    @Override
    public void add(CustomRole role) {
        tenant.workspace(role.workspaceId());
        CustomRoleEntity e = new CustomRoleEntity();
        WorkspaceMapper.copy(role, e);
        em.persist(e);
    }

    @Override
    public CustomRole update(CustomRole role) {
        CustomRoleEntity e = find(role.workspaceId(), role.id().value()).orElseThrow(() -> new StaleVersionException(-1));
        StaleVersionException.check(role.version(), e.version);
        WorkspaceMapper.copy(role, e);
        em.flush();
        return WorkspaceMapper.toDomain(e);
    }

    @Override
    public void delete(WorkspaceId workspaceId, CustomRoleId id) {
        find(workspaceId, id.value()).ifPresent(e -> {
            em.remove(e);
            em.flush();
        });
    }

    private Optional<CustomRoleEntity> find(WorkspaceId workspaceId, UUID id) {
        tenant.workspace(workspaceId);
        return em.createQuery("select r from CustomRoleEntity r where r.workspaceId = :w and r.id = :id", CustomRoleEntity.class)
                .setParameter("w", workspaceId.value()).setParameter("id", id)
                .getResultStream().findFirst();
    }
}
