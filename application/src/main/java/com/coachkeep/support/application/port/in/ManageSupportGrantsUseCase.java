package com.coachkeep.support.application.port.in;

import java.util.List;

/**
 * Time-limited, read-only access of support staff to a workspace's content (P-INT-1). An agent asks with a reason and
 * a ticket for at most 60 minutes; a sensitive scope waits for a second member of staff's approval. When a grant starts
 * the workspace's owner is emailed; every step is recorded in the workspace's own trail (where the owner reads it) and
 * in the platform trail. All of it needs a multi-factor sign-in.
 */
public interface ManageSupportGrantsUseCase {
    /** Asks for a grant ({@code GRANT_REQUEST}); it starts at once unless its scope is sensitive. */
    SupportGrantView request(SupportActor actor, RequestSupportGrantCommand command);

    /** Approves another person's pending grant ({@code GRANT_APPROVE}), which starts it. */
    SupportGrantView approve(SupportActor actor, String grantId, String reason);

    /**
     * Ends a pending or active grant at once: its holder ({@code GRANT_REQUEST}) may end their own, an approver
     * ({@code GRANT_APPROVE}) anyone's.
     */
    SupportGrantView revoke(SupportActor actor, String grantId, String reason);

    /** One grant: the holder's own, or any for an approver. */
    SupportGrantView get(SupportActor actor, String grantId);

    /** Grants waiting for approval, oldest first, at most {@link #MAX} ({@code GRANT_APPROVE}). */
    List<SupportGrantView> listPendingApproval(SupportActor actor);

    /** The actor's own grants, newest first, at most {@link #MAX}. */
    List<SupportGrantView> listOwn(SupportActor actor);

    int MAX = 100;
}
