package com.coachkeep.privacy.application.port.in;

import com.coachkeep.shared.domain.InvalidInputException;
import java.time.Instant;

/**
 * A client deleting their own account and data in a workspace: an explicit confirmation, and the time they last
 * signed in (from the token's {@code auth_time}), which must be recent.
 */
public record LeaveWorkspaceCommand(boolean confirm, Instant signedInAt) {
    public LeaveWorkspaceCommand {
        if (!confirm) {
            throw InvalidInputException.of("confirm", "must be true: deleting your data cannot be undone");
        }
    }
}
