package com.coachkeep.privacy.domain;

import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The record that a workspace or a client was deleted, kept apart from the data's backups so that a restored
 * backup can replay every deletion made since it was taken. It holds no personal data: a kind, ids and a time.
 *
 * @param subject   what was deleted (the workspace, or one client of it)
 * @param deletedAt when the deletion was asked for (and the subject's keys destroyed)
 */
public record Tombstone(DataSubject subject, Instant deletedAt) {
    public Tombstone {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(deletedAt, "deletedAt");
    }

    public WorkspaceId workspaceId() {
        return subject.workspaceId();
    }

    public DataSubject.Kind kind() {
        return subject.kind();
    }

    public UUID subjectId() {
        return subject.id();
    }
}
