package com.coachkeep.support.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A rate limit of the API that a person, a workspace or a client address crossed: a sign of brute force, enumeration
 * or mass export for security officers to look at. Platform data.
 *
 * <p>Invariants: a flag is raised {@link State#OPEN} with one crossing; while open, each further crossing of the same
 * limit by the same subject counts on it ({@link #crossedAgain}) rather than raising another, so an attack fills no
 * inbox. An officer acknowledges it once, with a reason; from then on it is the record of what was seen, and the next
 * crossing raises a new flag.
 *
 * @param limit     the limit's name ({@code not-found}, {@code invitation-accept}, {@code person} …)
 * @param subject   an internal person or workspace id, or a client address; never a name, an email or content
 * @param operation the operation whose request crossed it first (method and path template)
 */
public record AbuseFlag(AbuseFlagId id, String limit, SubjectKind subjectKind, String subject, String operation, Instant raisedAt,
        Instant lastSeenAt, int crossings, State state, Instant acknowledgedAt, String acknowledgedBy, String reason) {
    /** What a limit counts by. */
    public enum SubjectKind { PERSON, WORKSPACE, ADDRESS }

    /** Whether an officer has looked at it. */
    public enum State { OPEN, ACKNOWLEDGED }

    public AbuseFlag {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(subjectKind, "subjectKind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        Objects.requireNonNull(state, "state");
        if (crossings < 1) {
            throw new IllegalArgumentException("a flag counts at least the crossing that raised it");
        }
    }

    public static AbuseFlag raise(AbuseFlagId id, String limit, SubjectKind kind, String subject, String operation, Instant at) {
        return new AbuseFlag(id, limit, kind, subject, operation, at, at, 1, State.OPEN, null, null, null);
    }

    /** The same subject crossed the same limit again while the flag is open. */
    public AbuseFlag crossedAgain(Instant at) {
        if (state != State.OPEN) {
            throw new AbuseFlagAcknowledgedException();
        }
        return new AbuseFlag(id, limit, subjectKind, subject, operation, raisedAt, at.isAfter(lastSeenAt) ? at : lastSeenAt,
                crossings + 1, state, null, null, null);
    }

    /** An officer has looked at it, and says what they did or why nothing was needed. */
    public AbuseFlag acknowledge(String by, String why, Instant at) {
        if (state != State.OPEN) {
            throw new AbuseFlagAcknowledgedException();
        }
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(why, "why");
        return new AbuseFlag(id, limit, subjectKind, subject, operation, raisedAt, lastSeenAt, crossings, State.ACKNOWLEDGED, at, by, why);
    }
}
