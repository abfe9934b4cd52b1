package com.coachkeep.support.domain;

import java.util.Locale;

/** Where a vulnerability report stands: new → acknowledged → triaged → fixed → closed (closing is possible from any open state). */
public enum SecurityReportState {
    NEW, ACKNOWLEDGED, TRIAGED, FIXED, CLOSED;

    /** Whether a report in this state may move to {@code next}. */
    public boolean mayBecome(SecurityReportState next) {
        return switch (this) {
            case NEW -> next == ACKNOWLEDGED || next == CLOSED;
            case ACKNOWLEDGED -> next == TRIAGED || next == CLOSED;
            case TRIAGED -> next == FIXED || next == CLOSED;
            case FIXED -> next == CLOSED;
            case CLOSED -> false;
        };
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SecurityReportState fromWire(String name) {
        for (SecurityReportState s : values()) {
            if (s.wireName().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("must be one of new, acknowledged, triaged, fixed, closed");
    }
}
