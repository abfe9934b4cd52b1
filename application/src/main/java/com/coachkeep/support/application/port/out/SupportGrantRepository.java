package com.coachkeep.support.application.port.out;

import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.support.domain.SupportGrant;
import com.coachkeep.support.domain.SupportGrantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Support grants. They are workspace data (erased with their workspace); the support use cases find one by id and
 * list pending ones across workspaces.
 */
public interface SupportGrantRepository {
    void add(SupportGrant grant);

    /** Stores a changed state (approval, revocation); the view count is kept by {@link #countView}. */
    void update(SupportGrant grant);

    /** Adds one to the grant's view count, atomically (views of one grant may run concurrently). */
    void countView(SupportGrant grant);

    Optional<SupportGrant> find(SupportGrantId id);

    /** The grant, when it belongs to this workspace: read and written under the workspace's own setting, as a member's request is. */
    Optional<SupportGrant> findInWorkspace(com.coachkeep.shared.domain.WorkspaceId workspaceId, SupportGrantId id);

    /** Writes a grant found through {@link #findInWorkspace}, under the workspace's own setting. */
    void updateInWorkspace(SupportGrant grant);

    /** Grants waiting for approval that were asked for at or after {@code since}, oldest first. */
    List<SupportGrant> listPending(Instant since, int max);

    /** The grants one member of staff asked for, newest first. */
    List<SupportGrant> listRequestedBy(String staffId, int max);

    /** A workspace's grants, newest first, keyset-paginated. */
    Page<SupportGrant> listForWorkspace(WorkspaceId workspaceId, PageRequest page);
}
