package com.coachkeep.nutrition.domain;

import java.util.Locale;

/** Which of a client's two sets of targets applies to a day: a training day or a rest day. */
public enum DayType {
    TRAINING, REST;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code training} or {@code rest}; raises IllegalArgumentException naming the choices. */
    public static DayType parse(String text) {
        if (text != null) {
            for (DayType t : values()) {
                if (t.wireName().equals(text.strip().toLowerCase(Locale.ROOT))) {
                    return t;
                }
            }
        }
        throw new IllegalArgumentException("must be one of [rest, training]");
    }
}
