package com.coachkeep.support.domain;

import com.coachkeep.shared.domain.PersonId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The email announcement of one material change of the sub-processor list, sent to every coach in batches. The
 * cursor is the last person queued (people are visited in id order), so a batch that fails is retried from where the
 * last one stopped and nobody is queued twice (the email's idempotency key holds the announcement and the person).
 *
 * @param change {@code added} or {@code changed}
 * @param cursor the last person an email was queued for, or {@code null} before the first batch
 */
public record SubProcessorAnnouncement(UUID id, String change, String service, String purpose, String region, Instant effectiveAt,
        PersonId cursor) {
    public SubProcessorAnnouncement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(effectiveAt, "effectiveAt");
        if (!change.equals("added") && !change.equals("changed")) {
            throw new IllegalArgumentException("change must be added or changed");
        }
    }

    public static SubProcessorAnnouncement of(String change, SubProcessor s, Instant effectiveAt) {
        return new SubProcessorAnnouncement(UUID.randomUUID(), change, s.service(), s.purpose(), s.region(), effectiveAt, null);
    }
}
