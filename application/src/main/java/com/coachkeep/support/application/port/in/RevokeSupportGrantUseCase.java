package com.coachkeep.support.application.port.in;

import com.coachkeep.shared.application.Actor;

/**
 * The workspace's owner ends a support grant to their workspace at once, pending or active, without asking support:
 * access to their business's content is theirs to withdraw. Needs the permission to manage the workspace.
 */
public interface RevokeSupportGrantUseCase {
    SupportGrantView revoke(Actor actor, String grantId);
}
