package com.coachkeep.infrastructure.persistence.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Constants and conversions shared by the JPA adapters. */
public final class Persistence {
    /** The persistence unit declared in META-INF/persistence.xml. */
    public static final String UNIT = "coachkeep";

    private Persistence() {
    }

    /** A nullable uuid column read as text (see the entities): null stays null. */
    public static java.util.UUID uuid(String text) {
        return text == null ? null : java.util.UUID.fromString(text);
    }

    public static String text(java.util.UUID id) {
        return id == null ? null : id.toString();
    }

    public static OffsetDateTime toDb(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * A timestamp column as a native query returns it (the driver may give a Timestamp, an OffsetDateTime or an
     * Instant); null stays null.
     */
    public static Instant instantOf(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    /** An instant as text for a {@code cast(? as timestamptz)} parameter; null stays null. */
    public static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    public static Instant fromDb(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
