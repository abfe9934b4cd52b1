package com.coachkeep.support.domain;

import java.util.Locale;

/** How bad an incident is, as the security officer judges it. */
public enum IncidentSeverity {
    LOW, MEDIUM, HIGH, CRITICAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static IncidentSeverity fromWire(String name) {
        for (IncidentSeverity s : values()) {
            if (s.wireName().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("must be one of low, medium, high, critical");
    }
}
