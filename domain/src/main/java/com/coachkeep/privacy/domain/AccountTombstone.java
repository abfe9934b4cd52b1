package com.coachkeep.privacy.domain;

import com.coachkeep.shared.domain.PersonId;
import java.time.Instant;
import java.util.Objects;

/**
 * The record that a person deleted their account, kept apart from the data's backups like the other tombstones, so a
 * restored backup can replay it. No personal data: the person's id and a time.
 */
public record AccountTombstone(PersonId personId, Instant deletedAt) {
    public AccountTombstone {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(deletedAt, "deletedAt");
    }
}
