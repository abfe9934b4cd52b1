package com.coachkeep.checkin.domain;

import java.util.Locale;
import java.util.Optional;

/** Which stored copy of a photo: the full resolution (re-encoded, without metadata) or the thumbnail. */
public enum PhotoVariant {
    FULL, THUMBNAIL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PhotoVariant> parse(String text) {
        if (text == null) {
            return Optional.of(FULL);
        }
        for (PhotoVariant v : values()) {
            if (v.wireName().equals(text)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
