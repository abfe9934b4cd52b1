package com.coachkeep.privacy.application.port.in;

import com.coachkeep.shared.domain.InvalidInputException;
import java.time.Instant;

/**
 * Deleting a workspace, with the proof of intent it needs: the workspace's name typed exactly, and the time the
 * caller last signed in (from the token's {@code auth_time}), which must be recent.
 */
public record DeleteWorkspaceCommand(String confirmName, Instant signedInAt) {
    /** No workspace name is longer (WorkspaceSettings), so a longer confirmation is a mistake worth naming at once. */
    public static final int MAX_LENGTH = 120;

    public DeleteWorkspaceCommand {
        if (confirmName == null || confirmName.isBlank()) {
            throw InvalidInputException.of("confirmName", "must be the workspace's name, typed exactly");
        }
        if (confirmName.length() > MAX_LENGTH) {
            throw InvalidInputException.of("confirmName", "must be the workspace's name, typed exactly (at most " + MAX_LENGTH
                    + " characters)");
        }
    }
}
