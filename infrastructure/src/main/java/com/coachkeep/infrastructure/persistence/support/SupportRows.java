package com.coachkeep.infrastructure.persistence.support;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Conversions of native query results, whose Java types vary with the driver's choice. */
final class SupportRows {
    private SupportRows() {
    }

    static UUID uuid(Object value) {
        return value instanceof UUID u ? u : UUID.fromString(value.toString());
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }

    static LocalDate date(Object value) {
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        return (LocalDate) value;
    }
}
