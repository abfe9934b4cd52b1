package com.coachkeep.privacy.domain;

import java.util.Objects;
import java.util.UUID;

/** The id of a stored file (an export archive, later a photo or an attachment). */
public record FileId(UUID value) {
    public FileId {
        Objects.requireNonNull(value, "value");
    }

    public static FileId newId() {
        return new FileId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
