package com.coachkeep.shared.application;

import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.Objects;

/**
 * A security-relevant refusal or abuse: who was refused (null when anonymous), in which workspace (null when none was
 * addressed), which operation, which request. Never carries token contents, request bodies or personal data
 * beyond the person's internal id.
 *
 * @param operation what was attempted: the HTTP method and path template ({@code PATCH
 *                  /api/v1/workspaces/{workspaceId}}) or a use case's name
 * @param detail    what was missing, for example the permission; never secret
 */
public record SecurityEvent(Instant at, Kind kind, PersonId personId, WorkspaceId workspaceId, String operation,
        String requestId, String detail) {
    public SecurityEvent {
        Objects.requireNonNull(at);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(operation);
    }

    public enum Kind {
        /** No valid token (missing, expired, forged): 401. */
        UNAUTHENTICATED("unauthenticated"),
        /** Refused by the server before the application (a container 403). */
        FORBIDDEN("forbidden"),
        /** A member whose role lacks the permission: 403. */
        ACCESS_DENIED("access-denied"),
        /** A staff member without multi-factor sign-in in a workspace that requires it: 403. */
        MFA_REQUIRED("mfa-required"),
        /** Someone addressed a workspace they do not belong to (or one that does not exist): 404. */
        NOT_A_MEMBER("not-a-member"),
        /** A rate limit of the API was crossed (brute force, enumeration, mass export): 429 and an abuse flag. */
        RATE_LIMITED("rate-limited");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The kind a refusal's code names, if any ({@code mfa-required}): such a refusal is also a security event. */
        public static java.util.Optional<Kind> named(String label) {
            for (Kind k : values()) {
                if (k.label.equals(label)) {
                    return java.util.Optional.of(k);
                }
            }
            return java.util.Optional.empty();
        }
    }
}
