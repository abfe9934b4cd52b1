package com.coachkeep.support.application.port.in;

/**
 * A rate limit refused a request: raises an abuse flag for security officers (or counts the crossing on the one already
 * open for that limit and subject) and records a new flag in the platform's audit trail. Called by the API's edge, not
 * by a person.
 */
public interface RaiseAbuseFlagUseCase {
    AbuseFlagView raise(AbuseSignal signal);
}
