package com.coachkeep.infrastructure.rest.shared;

import com.coachkeep.shared.application.NotFoundException;

/**
 * The caller addressed a workspace that does not exist or of which they are not an active member. Answered
 * exactly like a missing workspace; kept apart from other not-found answers only so that the refusal is
 * recorded as a security event.
 */
public final class NotAMemberException extends RuntimeException {
    private final NotFoundException notFound;

    NotAMemberException(NotFoundException notFound) {
        super("not a member", null, false, false);
        this.notFound = notFound;
    }

    public NotFoundException notFound() {
        return notFound;
    }
}
