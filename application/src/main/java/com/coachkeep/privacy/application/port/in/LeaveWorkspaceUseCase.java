package com.coachkeep.privacy.application.port.in;

import com.coachkeep.shared.application.Actor;

/**
 * A client deletes their own account and personal data in a workspace, without their coach or support (P-DEL-2):
 * their record, membership and the coach's notes about them are erased, their key destroyed, and their coach told.
 */
public interface LeaveWorkspaceUseCase {
    void leave(Actor actor, LeaveWorkspaceCommand command);
}
