package com.coachkeep.checkin.domain;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.Validator;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * When a client is asked to fill in a form: a recurrence of days in the client's time zone from a start day, until an
 * optional end day, with grace days during which a submission is still accepted as late.
 */
public record CheckinSchedule(UUID id, WorkspaceId workspaceId, ClientId clientId, UUID formId, Recurrence recurrence, ZoneId zone,
        LocalDate startsOn, LocalDate endsOn, int graceDays, PersonId createdBy, Instant createdAt, long version) {
    public static final int MAX_GRACE_DAYS = 6;

    /** Checks a schedule as sent. */
    public static Definition define(String kind, String weekday, Integer everyWeeks, Integer dayOfMonth, String onDay, String startsOn,
            String endsOn, String timeZone, Integer graceDays, ZoneId defaultZone, Instant now) {
        Validator v = new Validator();
        ZoneId zone = timeZone == null ? defaultZone : v.check("timeZone", timeZone, CheckinSchedule::zone);
        LocalDate start = startsOn == null ? LocalDate.ofInstant(now, zone == null ? defaultZone : zone) : v.check("startsOn", startsOn, CheckinSchedule::date);
        LocalDate end = endsOn == null ? null : v.check("endsOn", endsOn, CheckinSchedule::date);
        int grace = graceDays == null ? 2 : graceDays;
        v.require(grace >= 0 && grace <= MAX_GRACE_DAYS, "graceDays", "must be 0–" + MAX_GRACE_DAYS);
        Recurrence r = null;
        String k = kind == null ? null : kind.strip().toLowerCase(Locale.ROOT);
        if (k == null) {
            v.require(false, "kind", "is required: weekly, every_n_weeks, monthly or once");
        } else {
            switch (k) {
                case "weekly" -> {
                    DayOfWeek d = v.check("weekday", weekday, CheckinSchedule::weekday);
                    r = d == null ? null : new Recurrence.EveryWeeks(1, d);
                }
                case "every_n_weeks" -> {
                    DayOfWeek d = v.check("weekday", weekday, CheckinSchedule::weekday);
                    Integer n = v.check("everyWeeks", everyWeeks, raw -> {
                        if (raw == null || raw < 2 || raw > 12) {
                            throw new IllegalArgumentException("must be 2–12");
                        }
                        return raw;
                    });
                    r = d == null || n == null ? null : new Recurrence.EveryWeeks(n, d);
                }
                case "monthly" -> r = v.check("dayOfMonth", dayOfMonth, raw -> {
                    if (raw == null) {
                        throw new IllegalArgumentException("is required for a monthly schedule");
                    }
                    return new Recurrence.Monthly(raw);
                });
                case "once" -> {
                    LocalDate d = v.check("onDay", onDay, CheckinSchedule::date);
                    r = d == null ? null : new Recurrence.Once(d);
                    if (d != null && startsOn == null) {
                        start = d.isBefore(start) ? d : start;
                    }
                }
                default -> v.require(false, "kind", "must be weekly, every_n_weeks, monthly or once");
            }
        }
        if (start != null && end != null) {
            v.require(!end.isBefore(start), "endsOn", "must not be before startsOn");
        }
        v.throwIfInvalid();
        return new Definition(r, zone, start, end, grace);
    }

    public record Definition(Recurrence recurrence, ZoneId zone, LocalDate startsOn, LocalDate endsOn, int graceDays) {
    }

    static ZoneId zone(String raw) {
        try {
            return ZoneId.of(raw.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("must be an IANA time zone such as Europe/Berlin");
        }
    }

    /** A UUID sent in a body field; IllegalArgumentException names what is wrong. */
    public static UUID uuid(String raw) {
        try {
            if (raw == null || raw.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(raw);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("must be a UUID");
        }
    }

    static LocalDate date(String raw) {
        try {
            return LocalDate.parse(raw.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("must be a date as YYYY-MM-DD");
        }
    }

    static DayOfWeek weekday(String raw) {
        try {
            return DayOfWeek.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("must be a weekday: monday … sunday");
        }
    }

    /** Occurrence days from {@code from} to {@code to}, within the schedule's start and end. */
    public List<LocalDate> occurrences(LocalDate from, LocalDate to) {
        LocalDate hi = endsOn != null && endsOn.isBefore(to) ? endsOn : to;
        if (hi.isBefore(from)) {
            return List.of();
        }
        return recurrence.between(startsOn, from, hi);
    }

    /** The deadline of the occurrence on {@code day}: the end of that day in the client's zone (whatever its length). */
    public Instant deadline(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Until when a submission for {@code day} is accepted, late: the end of the last grace day. */
    public Instant acceptedUntil(LocalDate day) {
        return day.plusDays(1L + graceDays).atStartOfDay(zone).toInstant();
    }

    /** Where the occurrence on {@code day} stands at {@code now}, given when it was submitted (null: not submitted). */
    public OccurrenceStatus status(LocalDate day, Instant submittedAt, Instant now) {
        if (submittedAt != null) {
            return submittedAt.isAfter(deadline(day)) ? OccurrenceStatus.LATE : OccurrenceStatus.SUBMITTED;
        }
        if (now.isBefore(deadline(day))) {
            return OccurrenceStatus.DUE;
        }
        return now.isBefore(acceptedUntil(day)) ? OccurrenceStatus.LATE : OccurrenceStatus.MISSED;
    }

    /** Whether a submission for {@code day} is accepted at {@code now}: once the day has begun for the client and within grace. */
    public boolean accepts(LocalDate day, Instant now) {
        return !now.isBefore(day.atStartOfDay(zone).toInstant()) && now.isBefore(acceptedUntil(day)) && !occurrences(day, day).isEmpty();
    }

    /**
     * Which notice the unsubmitted occurrence on {@code day} calls for at {@code now}, if any: the reminder from
     * {@link CheckinNotice#LOCAL_HOUR} on its day until its deadline; the overdue notice from that hour on the next day
     * until the grace days end (none with no grace days: the occurrence is missed at its deadline). An occurrence whose
     * deadline had passed when the schedule was made was never asked for, and gets no overdue notice.
     */
    public java.util.Optional<CheckinNotice> noticeDue(LocalDate day, Instant now) {
        if (occurrences(day, day).isEmpty()) {
            return java.util.Optional.empty();
        }
        Instant remindFrom = day.atTime(CheckinNotice.LOCAL_HOUR, 0).atZone(zone).toInstant();
        if (!now.isBefore(remindFrom) && now.isBefore(deadline(day))) {
            return java.util.Optional.of(CheckinNotice.REMINDER);
        }
        Instant overdueFrom = day.plusDays(1).atTime(CheckinNotice.LOCAL_HOUR, 0).atZone(zone).toInstant();
        if (graceDays > 0 && !now.isBefore(overdueFrom) && now.isBefore(acceptedUntil(day)) && createdAt.isBefore(deadline(day))) {
            return java.util.Optional.of(CheckinNotice.OVERDUE);
        }
        return java.util.Optional.empty();
    }

    public LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, zone);
    }
}
