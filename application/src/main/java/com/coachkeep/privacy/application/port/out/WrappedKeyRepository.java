package com.coachkeep.privacy.application.port.out;

import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.KeyPurpose;
import com.coachkeep.privacy.domain.WrappedKey;
import java.time.Instant;
import java.util.Optional;

/**
 * The wrapped data keys, stored apart from the data they protect (a schema of their own, left out of the data's
 * backups). Keys are never replaced: the first one stored for a subject and purpose is the one.
 */
public interface WrappedKeyRepository {
    Optional<WrappedKey> find(DataSubject subject, KeyPurpose purpose);

    /**
     * Stores the key unless one exists for the subject and purpose (a concurrent writer may have been first),
     * and commits it at once, independently of the caller's transaction, so that nothing is ever encrypted
     * under a key that a rollback could lose.
     *
     * @return the stored key: this one, or the one that was there first
     */
    WrappedKey addIfAbsent(WrappedKey key);

    /**
     * Destroys every key of the subject (overwrites the material, keeps the marker), and leaves a marker for the
     * purposes that had no key yet, so none is created later. Part of the caller's transaction.
     *
     * @return how many keys held material before
     */
    int destroyAll(DataSubject subject, Instant now);

    /**
     * Destroys every key of every subject of the workspace, and leaves the workspace's own markers. Part of the
     * caller's transaction.
     *
     * @return how many keys held material before
     */
    int destroyAllOfWorkspace(com.coachkeep.shared.domain.WorkspaceId workspaceId, Instant now);
}
