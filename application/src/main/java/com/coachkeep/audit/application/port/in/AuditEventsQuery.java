package com.coachkeep.audit.application.port.in;

import com.coachkeep.shared.domain.Ids;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.Validator;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Which events to list, newest first: optionally by actor (a person id), by kind (an exact action such as
 * {@code staff.role_changed}, or a family such as {@code staff}) and by time ({@code from} inclusive, {@code to}
 * exclusive).
 */
public record AuditEventsQuery(String actorId, String kind, Instant from, Instant to, PageRequest page) {
    public static AuditEventsQuery of(String actor, String kind, String from, String to, PageRequest page) {
        Validator v = new Validator();
        String a = actor == null || actor.isBlank() ? null : v.check("actor", actor, AuditEventsQuery::personId);
        String k = kind == null || kind.isBlank() ? null : v.check("kind", kind, AuditEventsQuery::kind);
        Instant f = from == null || from.isBlank() ? null : v.check("from", from, AuditEventsQuery::time);
        Instant t = to == null || to.isBlank() ? null : v.check("to", to, AuditEventsQuery::time);
        if (f != null && t != null) {
            v.require(f.isBefore(t), "to", "must be later than from");
        }
        v.throwIfInvalid();
        return new AuditEventsQuery(a, k, f, t, page);
    }

    static String personId(String raw) {
        try {
            return Ids.parse(raw.strip()).toString();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("must be a person id");
        }
    }

    static String kind(String raw) {
        String k = raw.strip();
        if (!k.matches("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$") || k.length() > 80) {
            throw new IllegalArgumentException("must be an event kind such as staff.role_changed, or a family such as staff");
        }
        return k;
    }

    static Instant time(String raw) {
        try {
            return OffsetDateTime.parse(raw.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be an RFC 3339 timestamp such as 2026-01-31T00:00:00Z");
        }
    }
}
