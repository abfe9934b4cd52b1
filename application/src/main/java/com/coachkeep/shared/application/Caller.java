package com.coachkeep.shared.application;

import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.PersonId;
import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in person, before any workspace is involved: known from a verified token, provisioned in the
 * database. {@code authTime} and {@code multiFactor} come from the token and feed policies (recent sign-in
 * for destructive actions, MFA for staff).
 */
public record Caller(PersonId personId, EmailAddress email, boolean emailVerified, Instant authTime,
        boolean multiFactor) {
    public Caller {
        Objects.requireNonNull(personId);
    }
}
