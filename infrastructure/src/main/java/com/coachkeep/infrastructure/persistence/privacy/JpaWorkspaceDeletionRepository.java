package com.coachkeep.infrastructure.persistence.privacy;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.privacy.application.port.out.WorkspaceDeletionRepository;
import com.coachkeep.privacy.domain.WorkspaceDeletion;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Workspace deletions in {@code workspace_deletion}. The owner reads their own under the workspace's row-level
 * security; the deletion job finds unfinished ones across workspaces as the worker role
 * ({@link TenantScope#deletionWorker()}, read only) and claims one under its own workspace.
 */
@ApplicationScoped
public class JpaWorkspaceDeletionRepository implements WorkspaceDeletionRepository {
    /** How many unfinished deletions one claim looks at: others may hold some of them (SKIP LOCKED). */
    private static final int CANDIDATES = 20;
    private static final String COLUMNS = "workspace_id::text, requested_by::text, requested_at, progress, finished_at, updated_at";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public void add(WorkspaceDeletion d) {
        tenant.workspace(d.workspaceId());
        em.createNativeQuery("insert into workspace_deletion (workspace_id, requested_by, requested_at, progress, finished_at, updated_at) "
                        + "values (?1, ?2, cast(?3 as timestamptz), ?4, cast(?5 as timestamptz), cast(?6 as timestamptz))")
                .setParameter(1, d.workspaceId().value()).setParameter(2, d.requestedBy().value())
                .setParameter(3, Persistence.text(d.requestedAt())).setParameter(4, progress(d))
                .setParameter(5, Persistence.text(d.finishedAt())).setParameter(6, Persistence.text(d.updatedAt()))
                .executeUpdate();
    }

    @Override
    public Optional<WorkspaceDeletion> find(WorkspaceId workspaceId) {
        tenant.workspace(workspaceId);
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from workspace_deletion where workspace_id = ?1")
                .setParameter(1, workspaceId.value()).getResultList();
        return rows.stream().findFirst().map(r -> toDomain((Object[]) r));
    }

    @Override
    public Optional<WorkspaceDeletion> claimNextUnfinished() {
        for (Object workspace : tenant.deletionWorker().column("select workspace_id from workspace_deletion where finished_at is null "
                + "order by requested_at limit " + CANDIDATES)) {
            WorkspaceId workspaceId = new WorkspaceId(UUID.fromString(workspace.toString()));
            tenant.workspace(workspaceId);
            List<?> rows = em.createNativeQuery("select " + COLUMNS + " from workspace_deletion where workspace_id = ?1 "
                    + "and finished_at is null for update skip locked").setParameter(1, workspaceId.value()).getResultList();
            if (!rows.isEmpty()) {
                return Optional.of(toDomain((Object[]) rows.get(0)));
            }
        }
        return Optional.empty();
    }

    @Override
    public void update(WorkspaceDeletion d) {
        tenant.workspace(d.workspaceId());
        em.createNativeQuery("update workspace_deletion set progress = ?2, finished_at = cast(?3 as timestamptz), "
                        + "updated_at = cast(?4 as timestamptz) where workspace_id = ?1")
                .setParameter(1, d.workspaceId().value()).setParameter(2, progress(d))
                .setParameter(3, Persistence.text(d.finishedAt())).setParameter(4, Persistence.text(d.updatedAt()))
                .executeUpdate();
    }

    @Override
    public int removeFinishedBefore(Instant time) {
        int removed = 0;
        for (Object workspace : tenant.deletionWorker().column("select workspace_id from workspace_deletion where finished_at < ?",
                Persistence.toDb(time))) {
            WorkspaceId workspaceId = new WorkspaceId(UUID.fromString(workspace.toString()));
            tenant.workspace(workspaceId);
            removed += em.createNativeQuery("delete from workspace_deletion where workspace_id = ?1 and finished_at < cast(?2 as timestamptz)")
                    .setParameter(1, workspaceId.value()).setParameter(2, Persistence.text(time)).executeUpdate();
        }
        return removed;
    }

    /** {@code feature:rows:done} per feature, in order, separated by commas. */
    static String progress(WorkspaceDeletion d) {
        return d.features().stream().map(f -> f.name() + ":" + f.erasedRows() + ":" + (f.done() ? 1 : 0))
                .collect(Collectors.joining(","));
    }

    static List<WorkspaceDeletion.Feature> features(String progress) {
        List<WorkspaceDeletion.Feature> features = new ArrayList<>();
        if (progress == null || progress.isBlank()) {
            return features;
        }
        for (String part : progress.split(",")) {
            String[] f = part.split(":");
            features.add(new WorkspaceDeletion.Feature(f[0], Long.parseLong(f[1]), "1".equals(f[2])));
        }
        return features;
    }

    private static WorkspaceDeletion toDomain(Object[] r) {
        return new WorkspaceDeletion(new WorkspaceId(UUID.fromString((String) r[0])), new PersonId(UUID.fromString((String) r[1])),
                Persistence.instantOf(r[2]), features((String) r[3]), Persistence.instantOf(r[4]), Persistence.instantOf(r[5]));
    }
}
