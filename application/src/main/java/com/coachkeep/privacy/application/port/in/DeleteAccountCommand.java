package com.coachkeep.privacy.application.port.in;

import com.coachkeep.shared.domain.InvalidInputException;
import java.time.Instant;

/**
 * A person deleting their whole account: an explicit confirmation, and the time they last signed in (from the
 * token's {@code auth_time}), which must be recent.
 */
public record DeleteAccountCommand(boolean confirm, Instant signedInAt) {
    public DeleteAccountCommand {
        if (!confirm) {
            throw InvalidInputException.of("confirm", "must be true: deleting your account cannot be undone");
        }
    }
}
