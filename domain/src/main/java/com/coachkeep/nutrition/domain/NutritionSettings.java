package com.coachkeep.nutrition.domain;

import com.coachkeep.roster.domain.ClientId;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A client's nutrition settings: the coach's adherence tolerance, and the client's own time zone, which decides what
 * "today" is for their logs, check-offs and compliance windows. Until the client (or their coach) sets one, the
 * workspace's time zone stands in.
 *
 * @param clientZone the client's own zone, or null when not set
 */
public record NutritionSettings(ClientId clientId, Tolerance tolerance, ZoneId clientZone, ZoneId workspaceZone, long version) {
    public NutritionSettings {
        Objects.requireNonNull(clientId);
        Objects.requireNonNull(tolerance);
        Objects.requireNonNull(workspaceZone);
    }

    /** The zone that decides the client's calendar. */
    public ZoneId zone() {
        return clientZone != null ? clientZone : workspaceZone;
    }

    /** An IANA zone id such as {@code Europe/Berlin}; raises IllegalArgumentException otherwise. */
    public static ZoneId parseZone(String raw) {
        if (raw == null || raw.isBlank() || !ZoneId.getAvailableZoneIds().contains(raw.strip())) {
            throw new IllegalArgumentException("must be an IANA time zone such as Europe/Berlin");
        }
        try {
            return ZoneId.of(raw.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("must be an IANA time zone such as Europe/Berlin");
        }
    }
}
