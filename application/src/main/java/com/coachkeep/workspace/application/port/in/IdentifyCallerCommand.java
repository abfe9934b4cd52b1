package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.InvalidInputException;
import java.time.Instant;

/**
 * The verified facts of a token: who issued it, whom it names, and what it says about them. The email is
 * optional (not every provider sends it); a malformed one is treated as absent rather than failing sign-in.
 */
public record IdentifyCallerCommand(String issuer, String subject, EmailAddress email, boolean emailVerified,
        String displayName, Instant authTime, boolean multiFactor, Instant issuedAt) {
    public IdentifyCallerCommand {
        if (issuer == null || issuer.isBlank() || issuer.length() > 512) {
            throw InvalidInputException.of("iss", "must be present");
        }
        if (subject == null || subject.isBlank() || subject.length() > 255) {
            throw InvalidInputException.of("sub", "must be present");
        }
        if (displayName != null && (displayName.isBlank() || displayName.length() > 200)) {
            displayName = null;
        }
    }

    /** A token without a known issue time: treated as issued before any deletion of its account. */
    public IdentifyCallerCommand(String issuer, String subject, EmailAddress email, boolean emailVerified,
            String displayName, Instant authTime, boolean multiFactor) {
        this(issuer, subject, email, emailVerified, displayName, authTime, multiFactor, null);
    }

    public static EmailAddress emailOrNull(String raw) {
        try {
            return raw == null ? null : new EmailAddress(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
