package com.coachkeep.messaging.domain;

import com.coachkeep.shared.domain.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * When the coaching team answers messages: one window a day at most, in a time zone. A client writing outside them gets
 * an automatic reply (when {@code autoReply} is on) naming the next opening. With them, the workspace sets how long a
 * message may stay unread before its reader is told in the digest email.
 */
public record OfficeHours(ZoneId zone, Map<DayOfWeek, Window> days, boolean autoReply, int emailUnreadAfterMinutes) {
    /** By default a message unread for an hour is told in the digest email. */
    public static final int DEFAULT_EMAIL_UNREAD_AFTER_MINUTES = 60;
    /** From (inclusive) to (exclusive), within one day. */
    public record Window(LocalTime from, LocalTime to) {
        public Window {
            if (!from.isBefore(to)) {
                throw InvalidInputException.of("hours", "each day's from must be before its to");
            }
        }
    }

    public OfficeHours {
        days = Map.copyOf(days);
        if (emailUnreadAfterMinutes < 0 || emailUnreadAfterMinutes > 10_080) {
            throw InvalidInputException.of("emailUnreadAfterMinutes", "must be 0 to 10080 (a week)");
        }
    }

    public OfficeHours(ZoneId zone, Map<DayOfWeek, Window> days, boolean autoReply) {
        this(zone, days, autoReply, DEFAULT_EMAIL_UNREAD_AFTER_MINUTES);
    }

    public boolean open(Instant at) {
        ZonedDateTime t = at.atZone(zone);
        Window w = days.get(t.getDayOfWeek());
        return w != null && !t.toLocalTime().isBefore(w.from()) && t.toLocalTime().isBefore(w.to());
    }

    /** The next opening after {@code at}, within a week; empty when there are no hours at all. */
    public Optional<ZonedDateTime> nextOpening(Instant at) {
        ZonedDateTime t = at.atZone(zone);
        for (int d = 0; d <= 7; d++) {
            ZonedDateTime day = t.plusDays(d);
            Window w = days.get(day.getDayOfWeek());
            if (w == null) {
                continue;
            }
            ZonedDateTime opening = day.toLocalDate().atTime(w.from()).atZone(zone);
            if (opening.isAfter(t)) {
                return Optional.of(opening);
            }
        }
        return Optional.empty();
    }

    /** The automatic reply to a message at {@code at} outside the hours. */
    public String autoReplyText(Instant at) {
        return nextOpening(at).map(o -> "Thanks for your message! We're away right now; you can expect an answer from "
                + o.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + o.toLocalTime() + " (" + zone.getId() + ").")
                .orElse("Thanks for your message! We're away right now and will answer as soon as we can.");
    }

    /** Stored form: {@code MONDAY=09:00-17:00,TUESDAY=…}. */
    public String hoursText() {
        StringBuilder s = new StringBuilder();
        for (DayOfWeek d : DayOfWeek.values()) {
            Window w = days.get(d);
            if (w != null) {
                s.append(s.length() == 0 ? "" : ",").append(d).append('=').append(w.from()).append('-').append(w.to());
            }
        }
        return s.toString();
    }

    public static Map<DayOfWeek, Window> parseHours(String text) {
        Map<DayOfWeek, Window> days = new EnumMap<>(DayOfWeek.class);
        if (text != null && !text.isBlank()) {
            for (String part : text.split(",")) {
                String[] kv = part.split("=");
                String[] ft = kv[1].split("-");
                days.put(DayOfWeek.valueOf(kv[0]), new Window(LocalTime.parse(ft[0]), LocalTime.parse(ft[1])));
            }
        }
        return days;
    }
}
