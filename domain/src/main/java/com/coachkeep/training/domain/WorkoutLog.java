package com.coachkeep.training.domain;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.Validator;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A workout as logged: on the client's local date, its sets beside their targets, a duration and notes (free text about
 * the client, stored encrypted under their key). It may answer a day of the client's program ({@code programId},
 * {@code dayKey}) or stand alone. Its id is the client's own, so a resend replaces the log with the same content
 * instead of adding another (a phone offline for a week syncs by sending each log again). Any number of logs per day.
 * {@code onBehalf} records that a coach logged it for the client.
 */
public record WorkoutLog(WorkoutLogId id, WorkspaceId workspaceId, ClientId clientId, AssignedProgramId programId, PlanKey dayKey,
        LocalDate performedOn, Integer durationSeconds, String notes, List<LoggedSet> sets, PersonId loggedBy, boolean onBehalf,
        Instant createdAt, Instant updatedAt) {
    public static final int MAX_SETS = 300;
    public static final int MAX_NOTES = 5000;
    public static final int MAX_DURATION_SECONDS = 24 * 3600;

    public WorkoutLog {
        Objects.requireNonNull(id);
        Objects.requireNonNull(workspaceId);
        Objects.requireNonNull(clientId);
        sets = sets == null ? List.of() : List.copyOf(sets);
    }

    /** Every rule the log breaks, by field, at once; {@code today} is the server's date (a client's day may run a day ahead). */
    public WorkoutLog validate(LocalDate today) {
        Validator v = new Validator();
        v.require(performedOn != null, "performedOn", "is required");
        v.require(performedOn == null || !performedOn.isAfter(today.plusDays(1)), "performedOn", "must not be in the future");
        v.require(performedOn == null || performedOn.isAfter(LocalDate.of(1999, 12, 31)), "performedOn", "must be after 1999");
        v.require(durationSeconds == null || (durationSeconds >= 0 && durationSeconds <= MAX_DURATION_SECONDS), "durationSeconds",
                "must be between 0 and " + MAX_DURATION_SECONDS);
        v.require(notes == null || notes.length() <= MAX_NOTES, "notes", "must be at most " + MAX_NOTES + " characters");
        v.require(sets.size() <= MAX_SETS, "sets", "must hold at most " + MAX_SETS + " sets");
        v.require(dayKey == null || programId != null, "dayKey", "needs the programId it belongs to");
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < sets.size(); i++) {
            LoggedSet s = sets.get(i);
            v.require(ids.add(s.id()), "sets[" + i + "].id", "is used twice in this log");
            s.validate("sets[" + i + "]", v);
        }
        v.throwIfInvalid();
        return this;
    }

    /** The sets that were done, for records and volume. */
    public List<PerformedSet> performed() {
        return sets.stream().map(s -> s.performedOn(performedOn)).filter(Objects::nonNull).toList();
    }
}
