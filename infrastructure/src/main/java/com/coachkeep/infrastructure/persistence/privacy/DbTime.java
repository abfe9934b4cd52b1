package com.coachkeep.infrastructure.persistence.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reading timestamps from native queries, whichever type the driver answers with. */
final class DbTime {
    private DbTime() {
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
        if (value instanceof java.util.Date d) {
            return d.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + value.getClass());
    }

    /** An instant as text for a {@code cast(? as timestamptz)} parameter; null stays null. */
    static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
