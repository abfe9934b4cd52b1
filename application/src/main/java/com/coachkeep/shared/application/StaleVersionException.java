package com.coachkeep.shared.application;

import com.coachkeep.shared.domain.Refusal;

/** The caller edited an older version than the current one; their change would overwrite someone else's. */
public final class StaleVersionException extends Refusal.PreconditionFailed {
    private final long currentVersion;

    public StaleVersionException(long currentVersion) {
        super("stale-version", "stale version; current is " + currentVersion);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    /** Raises when an expected version was given and differs from the current one. */
    public static void check(Long expected, long current) {
        if (expected != null && expected != current) {
            throw new StaleVersionException(current);
        }
    }
}
