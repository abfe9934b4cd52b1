package com.coachkeep.infrastructure.persistence.workspace;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.application.port.out.WorkspaceRepository;
import com.coachkeep.workspace.domain.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaWorkspaceRepository implements WorkspaceRepository {
    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public Optional<Workspace> findById(WorkspaceId id) {
        tenant.workspace(id);
        return Optional.ofNullable(em.find(WorkspaceEntity.class, id.value())).map(WorkspaceMapper::toDomain);
    }

    @Override
    public List<Workspace> findAllById(Collection<WorkspaceId> ids) {
        // One workspace at a time: row-level security shows each only under its own setting.
        return ids.stream().distinct().map(this::findById).flatMap(Optional::stream).toList();
    }

    @Override
    public void add(Workspace workspace) {
        tenant.workspace(workspace.id());
        WorkspaceEntity e = new WorkspaceEntity();
        WorkspaceMapper.copy(workspace, e);
        em.persist(e);
    }

    @Override
    public Workspace update(Workspace workspace) {
        tenant.workspace(workspace.id());
        WorkspaceEntity e = em.find(WorkspaceEntity.class, workspace.id().value());
        StaleVersionException.check(workspace.version(), e.version);
        WorkspaceMapper.copy(workspace, e);
        em.flush();
        return WorkspaceMapper.toDomain(e);
    }
}
