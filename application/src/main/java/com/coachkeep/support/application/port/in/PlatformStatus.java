package com.coachkeep.support.application.port.in;

import java.time.Instant;
import java.util.List;

/**
 * The platform's status as published: overall {@code operational}, {@code degraded} or {@code outage}, and each
 * component's. Names components, never hosts, errors or workspaces.
 */
public record PlatformStatus(String status, List<Component> components, Instant checkedAt) {
    public static final String OPERATIONAL = "operational";
    public static final String DEGRADED = "degraded";
    public static final String OUTAGE = "outage";

    public PlatformStatus {
        components = List.copyOf(components);
    }

    /** One component and its status. */
    public record Component(String name, String status) {
    }
}
