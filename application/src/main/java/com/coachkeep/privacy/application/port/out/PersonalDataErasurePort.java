package com.coachkeep.privacy.application.port.out;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.List;

/**
 * The erasure half of the data-rights contract. Every bounded context that stores personal data provides one
 * implementation (a CDI bean in its persistence adapter); the deletion use cases find them all and call each,
 * so a feature added later is erased by adding its implementation, nothing else. A test compares
 * {@link #tables()} of all implementations with the database catalog and fails when a table is covered by none.
 */
public interface PersonalDataErasurePort {
    /** The feature's name ({@code roster}), for progress reports and logs. */
    String feature();

    /** The tables this feature owns and erases. */
    List<String> tables();

    /**
     * Order among features when a workspace is erased: lower first (features whose rows point at others' rows go
     * before them). Foreign keys are deferred, but batches commit separately.
     */
    int order();

    /**
     * Deletes up to {@code batchSize} rows (and their files) of the workspace this feature holds, in the caller's
     * transaction; returns how many were deleted, 0 when none is left. Called repeatedly by the deletion job.
     */
    long eraseWorkspaceBatch(WorkspaceId workspaceId, int batchSize);

    /**
     * Deletes this feature's personal data about one client of the workspace, or pseudonymises what must be kept
     * (accounting records); the coach's own content (templates, programs as such) stays. Returns rows affected.
     */
    long eraseClient(WorkspaceId workspaceId, ClientId clientId);

    /**
     * Deletes what this feature holds about a person as such, outside any workspace (their email preferences, their
     * remembered responses), when they delete their account; returns rows affected. Most features hold nothing of
     * the kind: their workspace and client erasure covers them.
     */
    default long erasePerson(com.coachkeep.shared.domain.PersonId personId) {
        return 0;
    }
}
