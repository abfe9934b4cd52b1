package com.coachkeep.checkin.domain;

import com.coachkeep.shared.domain.Ids;
import java.util.Objects;
import java.util.UUID;

/** The id of a progress photo; also the id of its full-resolution file in the file store. */
public record PhotoId(UUID value) {
    public PhotoId {
        Objects.requireNonNull(value, "value");
    }

    public static PhotoId newId() {
        return new PhotoId(UUID.randomUUID());
    }

    public static PhotoId parse(String text) {
        return new PhotoId(Ids.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
