package com.coachkeep.nutrition.domain;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.Text;
import com.coachkeep.shared.domain.Validator;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A habit a coach assigns to one client: a title (and optional description), a schedule, and the date it starts. The
 * coach may edit it (the check-offs already made stay) and archive it (it stops being due; its history stays). The
 * title and description are written for this client and often say why ("iron supplement with breakfast"), so they
 * are treated as free text about the client and stored encrypted under the client's key. The id is chosen by the
 * caller ({@code PUT}), so creating it twice makes one habit.
 *
 * @param archivedOn the client's local date from which it is no longer due, or null while active
 */
public record Habit(UUID id, WorkspaceId workspaceId, ClientId clientId, String title, String description, HabitSchedule schedule,
        LocalDate startsOn, LocalDate archivedOn, PersonId createdBy, Instant createdAt, Instant updatedAt, long version) {
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 2_000;

    public Habit {
        Objects.requireNonNull(id);
        Objects.requireNonNull(workspaceId);
        Objects.requireNonNull(clientId);
        Objects.requireNonNull(title);
        Objects.requireNonNull(schedule);
        Objects.requireNonNull(startsOn);
    }

    /** A habit's content as entered. */
    public record Definition(String title, String description, HabitSchedule schedule, LocalDate startsOn) {
    }

    /**
     * Validates the content, naming every invalid field.
     *
     * @param kind {@code daily}, {@code times_per_week} or {@code weekdays}
     */
    public static Definition define(String title, String description, String kind, Integer timesPerWeek, List<String> weekdays,
            String startsOn, LocalDate defaultStart) {
        Validator v = new Validator();
        String t = v.check("title", title, raw -> Text.singleLine(raw, MAX_TITLE));
        String d = description == null || description.isBlank() ? null
                : v.check("description", description, raw -> Text.required(raw, MAX_DESCRIPTION));
        HabitSchedule schedule = v.check("schedule", kind, k -> schedule(k, timesPerWeek, weekdays));
        LocalDate start = startsOn == null ? defaultStart : v.check("startsOn", startsOn, NutritionTarget::date);
        v.throwIfInvalid();
        return new Definition(t, d, schedule, start);
    }

    static HabitSchedule schedule(String kind, Integer timesPerWeek, List<String> weekdays) {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required: daily, times_per_week or weekdays");
        }
        switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "daily":
                return new HabitSchedule.Daily();
            case "times_per_week":
                if (timesPerWeek == null) {
                    throw new IllegalArgumentException("timesPerWeek is required for times_per_week");
                }
                return new HabitSchedule.TimesPerWeek(timesPerWeek);
            case "weekdays":
                if (weekdays == null || weekdays.isEmpty()) {
                    throw new IllegalArgumentException("weekdays must name at least one weekday");
                }
                Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                for (String w : weekdays) {
                    try {
                        days.add(DayOfWeek.valueOf(w == null ? "" : w.strip().toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("weekdays must be names of weekdays (monday … sunday)");
                    }
                }
                return new HabitSchedule.OnWeekdays(days);
            default:
                throw new IllegalArgumentException("kind must be one of [daily, times_per_week, weekdays]");
        }
    }

    public static Habit assign(UUID id, WorkspaceId workspaceId, ClientId clientId, Definition d, PersonId by, Instant now) {
        return new Habit(id, workspaceId, clientId, d.title(), d.description(), d.schedule(), d.startsOn(), null, by, now, now, 0);
    }

    public Habit edit(Definition d, Instant now) {
        return new Habit(id, workspaceId, clientId, d.title(), d.description(), d.schedule(), d.startsOn(), archivedOn, createdBy,
                createdAt, now, version + 1);
    }

    /** Archived from {@code today} on: it is no longer due from that day; already archived habits stay as they are. */
    public Habit archive(LocalDate today, Instant now) {
        if (archivedOn != null) {
            return this;
        }
        return new Habit(id, workspaceId, clientId, title, description, schedule, startsOn, today, createdBy, createdAt, now,
                version + 1);
    }

    public boolean archived() {
        return archivedOn != null;
    }

    /** The last day the habit is due in [.., to]: the day before archiving, or {@code to}. */
    public LocalDate lastDueDay(LocalDate to) {
        return archivedOn == null || archivedOn.isAfter(to) ? to : archivedOn.minusDays(1);
    }

    /** Whether a day may be checked off: on or after the start, before archiving, not after the client's today. */
    public boolean acceptsCheckOff(LocalDate day, LocalDate today) {
        return !day.isBefore(startsOn) && !day.isAfter(today) && (archivedOn == null || day.isBefore(archivedOn));
    }

    /** Check-offs met and due from {@code from} to {@code to}, within the habit's own active span. */
    public HabitProgress.Tally tally(Set<LocalDate> done, LocalDate from, LocalDate to) {
        LocalDate start = from.isBefore(startsOn) ? startsOn : from;
        LocalDate end = lastDueDay(to);
        if (end.isBefore(start)) {
            return new HabitProgress.Tally(0, 0);
        }
        return HabitProgress.tally(schedule, done, start, end);
    }

    /**
     * Progress over the window of {@code days} ending on the client's today. Today counts once it is checked off; until
     * then the client still has time, and the window ends yesterday.
     */
    public HabitProgress.Tally progress(Set<LocalDate> done, LocalDate today, int days) {
        LocalDate from = today.minusDays(days - 1L);
        return tally(done, from, done.contains(today) ? today : today.minusDays(1));
    }

    /** The schedule's kind as the API writes it. */
    public static String kindOf(HabitSchedule s) {
        return s instanceof HabitSchedule.Daily ? "daily" : s instanceof HabitSchedule.TimesPerWeek ? "times_per_week" : "weekdays";
    }
}
