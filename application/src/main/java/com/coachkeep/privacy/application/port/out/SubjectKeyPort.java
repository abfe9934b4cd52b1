package com.coachkeep.privacy.application.port.out;

import com.coachkeep.privacy.domain.DataSubject;

/**
 * The lifecycle of a subject's data keys, for the deletion use cases: destroying them erases every encrypted
 * field and file of the subject at once, in the live database and in every backup (crypto-shredding).
 */
public interface SubjectKeyPort {
    /**
     * Destroys the subject's keys within the caller's transaction; idempotent. From the commit on, reads of the
     * subject's encrypted data report it as erased, and writes for the subject are refused.
     */
    void destroy(DataSubject subject);

    /**
     * Destroys the keys of every subject of the workspace (the workspace's own and every client's) within the
     * caller's transaction, and leaves the workspace's marker so that none is created later; idempotent.
     *
     * @return how many keys held material before
     */
    int destroyWorkspace(com.coachkeep.shared.domain.WorkspaceId workspaceId);

    /** Whether the subject's keys were destroyed. */
    boolean destroyed(DataSubject subject);
}
