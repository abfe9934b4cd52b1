package com.coachkeep.shared.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies a coaching business (the tenant). Every tenant-scoped command and query carries one. */
public record WorkspaceId(UUID value) {
    public WorkspaceId {
        Objects.requireNonNull(value, "value");
    }

    public static WorkspaceId newId() {
        return new WorkspaceId(UUID.randomUUID());
    }

    public static WorkspaceId parse(String text) {
        return new WorkspaceId(Ids.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
