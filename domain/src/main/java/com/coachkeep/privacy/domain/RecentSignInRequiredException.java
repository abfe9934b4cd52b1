package com.coachkeep.privacy.domain;

import com.coachkeep.shared.domain.DomainRuleException;
import java.time.Duration;
import java.time.Instant;

/**
 * A destructive action (deleting a workspace, a client deleting their data) needs a sign-in made moments ago, not
 * just a valid token: whoever finds an unlocked session must not be able to erase a business in one call.
 */
public class RecentSignInRequiredException extends DomainRuleException {
    public static final String CODE = "recent-sign-in-required";
    /** How recent the sign-in must be. */
    public static final Duration MAX_AGE = Duration.ofMinutes(10);

    public RecentSignInRequiredException() {
        super(CODE, "For your protection, sign in again (within the last " + MAX_AGE.toMinutes()
                + " minutes) and retry with the new token.");
    }

    /** Not allowed until the caller signs in again. */
    @Override
    public Category category() {
        return Category.FORBIDDEN;
    }

    /** Raises this unless the sign-in time is known and at most {@link #MAX_AGE} old (a little clock skew allowed). */
    public static void check(Instant authTime, Instant now) {
        if (authTime == null || authTime.isBefore(now.minus(MAX_AGE)) || authTime.isAfter(now.plusSeconds(60))) {
            throw new RecentSignInRequiredException();
        }
    }
}
