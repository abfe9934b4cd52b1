package com.coachkeep.privacy.application.port.out;

import java.util.Map;

/**
 * Tables of a feature that need no erasure, or no export, each with the reason, declared by the feature that owns them
 * beside its {@link PersonalDataErasurePort} and {@link PersonalDataExportPort} (or, for a table with no personal data,
 * alone): the Liquibase history, the platform's security records, the bookkeeping of deletions. The data-rights
 * coverage test reads them with the ports' tables; nothing else does, so an implementation needs no container and
 * answers from constants. Tables of the {@code keystore} schema are named with the schema.
 */
public interface DataRightsExemptionPort {
    /** Table → why it needs neither erasure nor export (no personal data at all). */
    default Map<String, String> neither() {
        return Map.of();
    }

    /** Table → why no erasure needs to cover it. */
    default Map<String, String> notErased() {
        return neither();
    }

    /** Table → why no export needs to cover it. */
    default Map<String, String> notExported() {
        return neither();
    }
}
