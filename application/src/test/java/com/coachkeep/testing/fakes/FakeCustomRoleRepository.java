package com.coachkeep.testing.fakes;

import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.application.port.out.CustomRoleRepository;
import com.coachkeep.workspace.domain.CustomRole;
import com.coachkeep.workspace.domain.CustomRoleId;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Custom roles in memory, every read scoped to the workspace it names, with optimistic locking like the real
 * adapter (an update of a role loaded at an older version raises StaleVersionException).
 */
public final class FakeCustomRoleRepository implements CustomRoleRepository {
    private final Map<CustomRoleId, CustomRole> byId = new LinkedHashMap<>();

    @Override
    public Optional<CustomRole> findById(WorkspaceId workspaceId, CustomRoleId id) {
        return Optional.ofNullable(byId.get(id)).filter(r -> r.workspaceId().equals(workspaceId)).map(r -> copy(r, r.version()));
    }

    @Override
    public List<CustomRole> findAllById(WorkspaceId workspaceId, Collection<CustomRoleId> ids) {
        return ids.stream().distinct().map(id -> findById(workspaceId, id)).flatMap(Optional::stream).toList();
    }

    @Override
    public List<CustomRole> findAll(WorkspaceId workspaceId) {
        return byId.values().stream().filter(r -> r.workspaceId().equals(workspaceId))
                .sorted(Comparator.comparing((CustomRole r) -> r.name().toLowerCase(Locale.ROOT)).thenComparing(r -> r.id().value()))
                .map(r -> copy(r, r.version())).toList();
    }

    @Override
    public void add(CustomRole role) {
        if (byId.containsKey(role.id())) {
            throw new IllegalStateException("duplicate custom role id " + role.id());
        }
        boolean nameTaken = byId.values().stream()
                .anyMatch(r -> r.workspaceId().equals(role.workspaceId()) && r.name().equals(role.name()));
        if (nameTaken) {
            throw new IllegalStateException("unique constraint: role name " + role.name());
        }
        byId.put(role.id(), copy(role, role.version()));
    }

    @Override
    public CustomRole update(CustomRole role) {
        CustomRole stored = byId.get(role.id());
        if (stored == null || !stored.workspaceId().equals(role.workspaceId())) {
            throw new StaleVersionException(-1);
        }
        if (stored.version() != role.version()) {
            throw new StaleVersionException(stored.version());
        }
        CustomRole next = copy(role, role.version() + 1);
        byId.put(next.id(), next);
        return copy(next, next.version());
    }

    @Override
    public void delete(WorkspaceId workspaceId, CustomRoleId id) {
        CustomRole stored = byId.get(id);
        if (stored != null && stored.workspaceId().equals(workspaceId)) {
            byId.remove(id);
        }
    }

    private static CustomRole copy(CustomRole r, long version) {
        return new CustomRole(r.id(), r.workspaceId(), r.name(), r.permissions(), r.createdAt(), r.updatedAt(), version);
    }
}
