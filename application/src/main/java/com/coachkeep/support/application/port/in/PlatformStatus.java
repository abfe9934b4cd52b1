package com.coachkeep.support.application.port.in;

import java.time.Instant;
import java.util.List;

/**
 * The platform's status as published: overall {@code operational}, {@code degraded} or {@code outage} from the
 * readiness checks, each component's, and the public updates of open and recently resolved security incidents. Names
 * components, never hosts, errors or workspaces.
 */
public record PlatformStatus(String status, List<Component> components, List<Incident> incidents, Instant checkedAt) {
    public static final String OPERATIONAL = "operational";
    public static final String DEGRADED = "degraded";
    public static final String OUTAGE = "outage";

    public PlatformStatus {
        components = List.copyOf(components);
        incidents = List.copyOf(incidents);
    }

    /** An incident's public face: its title and updates, oldest first. */
    public record Incident(String id, String title, String status, List<Update> updates) {
        public Incident {
            updates = List.copyOf(updates);
        }
    }

    /** One public update. */
    public record Update(Instant postedAt, String text) {
    }

    /** One component and its status. */
    public record Component(String name, String status) {
    }
}
