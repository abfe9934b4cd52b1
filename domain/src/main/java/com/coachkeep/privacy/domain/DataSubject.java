package com.coachkeep.privacy.domain;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.Objects;
import java.util.UUID;

/**
 * Whose data a stored value is, and therefore which data key protects it: the workspace itself (the business's
 * own content) or one client of it (the client's personal data, which must be erasable on its own when the
 * client leaves). Every subject belongs to exactly one workspace.
 *
 * @param workspaceId the workspace the data belongs to
 * @param kind        workspace or client
 * @param id          the workspace's id for {@link Kind#WORKSPACE}, the client's id for {@link Kind#CLIENT}
 */
public record DataSubject(WorkspaceId workspaceId, Kind kind, UUID id) {
    public enum Kind {
        WORKSPACE, CLIENT
    }

    public DataSubject {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (kind == Kind.WORKSPACE && !id.equals(workspaceId.value())) {
            throw new IllegalArgumentException("a workspace subject's id is the workspace's id");
        }
    }

    public static DataSubject workspace(WorkspaceId workspaceId) {
        return new DataSubject(workspaceId, Kind.WORKSPACE, workspaceId.value());
    }

    public static DataSubject client(WorkspaceId workspaceId, ClientId clientId) {
        return new DataSubject(workspaceId, Kind.CLIENT, clientId.value());
    }

    /** A stable text form, {@code workspace:<id>} or {@code client:<id>}, used in associated data and logs. */
    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
