package com.coachkeep.privacy.application.port.in;

import com.coachkeep.shared.domain.InvalidInputException;
import java.time.Instant;

/**
 * Deleting a workspace, with the proof of intent it needs: the workspace's name typed exactly, and the time the
 * caller last signed in (from the token's {@code auth_time}), which must be recent.
 */
public record DeleteWorkspaceCommand(String confirmName, Instant signedInAt) {
    public DeleteWorkspaceCommand {
        if (confirmName == null || confirmName.isBlank()) {
            throw InvalidInputException.of("confirmName", "must be the workspace's name, typed exactly");
        }
    }
}
