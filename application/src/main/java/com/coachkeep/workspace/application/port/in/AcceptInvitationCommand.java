package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.domain.InvalidInputException;

public record AcceptInvitationCommand(String token) {
    public AcceptInvitationCommand {
        if (token == null || token.isBlank() || token.length() > 128 || !token.matches("^[A-Za-z0-9_-]+$")) {
            throw InvalidInputException.of("token", "is not an invitation token");
        }
    }
}
