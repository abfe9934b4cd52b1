package com.coachkeep.checkin.domain;

import java.util.Locale;
import java.util.Optional;

/** How the client stood for a progress photo; comparisons set photos of one pose side by side. */
public enum PhotoPose {
    FRONT, SIDE, BACK, CUSTOM;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PhotoPose> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (PhotoPose p : values()) {
            if (p.wireName().equals(text)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
