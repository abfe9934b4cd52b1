package com.coachkeep.testing.fakes;

import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.application.port.out.WorkspaceRepository;
import com.coachkeep.workspace.domain.Workspace;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Workspaces in memory with optimistic locking like the real adapter: an update of a workspace loaded at an
 * older version raises StaleVersionException; a successful one stores and returns the next version.
 */
public final class FakeWorkspaceRepository implements WorkspaceRepository {
    private final Map<WorkspaceId, Workspace> byId = new LinkedHashMap<>();

    @Override
    public Optional<Workspace> findById(WorkspaceId id) {
        return Optional.ofNullable(byId.get(id)).map(w -> copy(w, w.version()));
    }

    @Override
    public List<Workspace> findAllById(Collection<WorkspaceId> ids) {
        return ids.stream().distinct().map(this::findById).flatMap(Optional::stream).toList();
    }

    @Override
    public void add(Workspace workspace) {
        if (byId.containsKey(workspace.id())) {
            throw new IllegalStateException("duplicate workspace id " + workspace.id());
        }
        byId.put(workspace.id(), copy(workspace, workspace.version()));
    }

    @Override
    public Workspace update(Workspace workspace) {
        Workspace stored = byId.get(workspace.id());
        if (stored == null) {
            throw new IllegalStateException("no such workspace " + workspace.id());
        }
        if (stored.version() != workspace.version()) {
            throw new StaleVersionException(stored.version());
        }
        Workspace next = copy(workspace, workspace.version() + 1);
        byId.put(next.id(), next);
        return copy(next, next.version());
    }

    /** Removes the workspace, as the deletion job does last. */
    public void remove(WorkspaceId id) {
        byId.remove(id);
    }

    public int size() {
        return byId.size();
    }

    private static Workspace copy(Workspace w, long version) {
        return new Workspace(w.id(), w.settings(), w.staffMfaRequired(), w.ownerId(), w.createdAt(), w.updatedAt(), version,
                w.deletionRequestedAt(), w.suspendedAt());
    }
}
