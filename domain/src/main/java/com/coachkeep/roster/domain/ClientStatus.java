package com.coachkeep.roster.domain;

import java.util.Arrays;
import java.util.Locale;

/** Where a client stands with the business: coached now, on a break, or a past client kept for the record. */
public enum ClientStatus {
    ACTIVE, PAUSED, ARCHIVED;

    public static ClientStatus parse(String text) {
        for (ClientStatus s : values()) {
            if (text != null && s.name().equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("must be one of " + Arrays.stream(values()).map(ClientStatus::wireName).toList());
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
