package com.coachkeep.privacy.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How long backups are kept (P-DEL-3: at most 30 days). A backup taken before {@code now - keep} has expired and is
 * deleted, even when it is the only one: the promise is that no copy of deleted data outlives the window, so the
 * window is never stretched to keep a backup around. (A failing backup job is an alert to act on, not a reason to
 * keep old copies.)
 *
 * @param keep how long a backup is kept after it was taken; at most {@link #MAXIMUM}
 */
public record BackupRetention(Duration keep) {
    /** The longest retention the promise allows. */
    public static final Duration MAXIMUM = Duration.ofDays(30);

    public BackupRetention {
        Objects.requireNonNull(keep, "keep");
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("a retention of " + keep + " keeps nothing");
        }
        if (keep.compareTo(MAXIMUM) > 0) {
            throw new IllegalArgumentException("backups are kept at most " + MAXIMUM.toDays() + " days (P-DEL-3), not " + keep);
        }
    }

    public static BackupRetention days(int days) {
        return new BackupRetention(Duration.ofDays(days));
    }

    /** Backups taken strictly before this instant have expired. */
    public Instant cutoff(Instant now) {
        return now.minus(keep);
    }

    public boolean expired(Backup backup, Instant now) {
        return backup.takenAt().isBefore(cutoff(now));
    }

    /** The expired backups among these, oldest first. */
    public List<Backup> expired(Collection<Backup> backups, Instant now) {
        return backups.stream().filter(b -> expired(b, now)).sorted(Comparator.comparing(Backup::takenAt)).toList();
    }
}
