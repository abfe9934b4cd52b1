package com.coachkeep.workspace.application.port.out;

import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.domain.Invitation;
import com.coachkeep.workspace.domain.InvitationId;
import java.util.Optional;

public interface InvitationRepository {
    void add(Invitation invitation);

    void update(Invitation invitation);

    Optional<Invitation> findById(WorkspaceId workspaceId, InvitationId id);

    /**
     * Looks an invitation up by the hash of its secret, across workspaces: the person accepting it does not
     * belong to the workspace yet. Knowing the secret is what authorises the look-up.
     */
    Optional<Invitation> findByTokenHash(String tokenHash);

    Optional<Invitation> findPendingByEmail(WorkspaceId workspaceId, EmailAddress email);

    /** Pending invitations, newest first, keyset-paginated. */
    Page<Invitation> listPending(WorkspaceId workspaceId, PageRequest page);
}
