package com.coachkeep.support.domain;

import com.coachkeep.shared.domain.Text;
import com.coachkeep.shared.domain.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A third party that processes personal data on Coachkeep's behalf, as published on the public list (P-SUB-1).
 *
 * <p>Invariants: service, purpose and region are one line each; data categories are optional. Lifecycle: added
 * (current from {@code since}), changed in place, retired (kept for the record, no longer listed). A change of purpose
 * or region is <em>material</em>, as is an addition: coaches are told by email.
 */
public final class SubProcessor {
    public static final int FIELD_MAX = 200;

    private final SubProcessorId id;
    private String service;
    private String purpose;
    private String region;
    private String dataCategories;
    private final LocalDate since;
    private Instant retiredAt;
    private Instant updatedAt;

    public SubProcessor(SubProcessorId id, String service, String purpose, String region, String dataCategories, LocalDate since,
            Instant retiredAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.service = Objects.requireNonNull(service, "service");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.region = Objects.requireNonNull(region, "region");
        this.dataCategories = dataCategories;
        this.since = Objects.requireNonNull(since, "since");
        this.retiredAt = retiredAt;
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static SubProcessor add(SubProcessorId id, String service, String purpose, String region, String dataCategories,
            LocalDate since, Instant now) {
        Validator v = new Validator();
        String s = v.check("service", service, raw -> Text.singleLine(raw, FIELD_MAX));
        String p = v.check("purpose", purpose, raw -> Text.singleLine(raw, FIELD_MAX));
        String r = v.check("region", region, raw -> Text.singleLine(raw, FIELD_MAX));
        String d = dataCategories == null || dataCategories.isBlank() ? null
                : v.check("dataCategories", dataCategories, raw -> Text.singleLine(raw, FIELD_MAX));
        v.require(since != null, "since", "must be a date");
        v.throwIfInvalid();
        return new SubProcessor(id, s, p, r, d, since, null, now);
    }

    /**
     * Changes the entry; {@code null} keeps a field. Returns whether the change is material (purpose or region).
     */
    public boolean change(String newPurpose, String newRegion, String newDataCategories, Instant now) {
        if (retiredAt != null) {
            throw new SubProcessorRetiredException();
        }
        Validator v = new Validator();
        String p = newPurpose == null ? purpose : v.check("purpose", newPurpose, raw -> Text.singleLine(raw, FIELD_MAX));
        String r = newRegion == null ? region : v.check("region", newRegion, raw -> Text.singleLine(raw, FIELD_MAX));
        String d = newDataCategories == null ? dataCategories
                : newDataCategories.isBlank() ? null : v.check("dataCategories", newDataCategories, raw -> Text.singleLine(raw, FIELD_MAX));
        v.throwIfInvalid();
        boolean material = !p.equals(purpose) || !r.equals(region);
        purpose = p;
        region = r;
        dataCategories = d;
        updatedAt = now;
        return material;
    }

    public void retire(Instant now) {
        if (retiredAt != null) {
            throw new SubProcessorRetiredException();
        }
        retiredAt = now;
        updatedAt = now;
    }

    public boolean current() {
        return retiredAt == null;
    }

    public SubProcessorId id() {
        return id;
    }

    public String service() {
        return service;
    }

    public String purpose() {
        return purpose;
    }

    public String region() {
        return region;
    }

    public String dataCategories() {
        return dataCategories;
    }

    public LocalDate since() {
        return since;
    }

    public Instant retiredAt() {
        return retiredAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
