package com.coachkeep.infrastructure.persistence.shared;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Reads the columns of native-query rows ({@code Object[]}), whatever type the driver and EclipseLink chose. */
public final class Rows {
    private Rows() {
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant();
        }
        return (Instant) value;
    }

    public static UUID uuid(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof UUID u ? u : UUID.fromString(value.toString());
    }

    public static String text(Object value) {
        return value == null ? null : value.toString().strip();
    }

    /** An instant as a parameter of {@code cast(? as timestamptz)}; null stays null. */
    public static String param(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
