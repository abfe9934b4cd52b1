package com.coachkeep.infrastructure.persistence.shared;

import com.coachkeep.privacy.application.port.out.DataRightsExemptionPort;
import java.util.Map;

/** Liquibase's own tables hold no personal data: neither erased nor exported. */
public class SchemaChangelogExemption implements DataRightsExemptionPort {
    static final Map<String, String> TABLES = Map.of(
            "databasechangelog", "Liquibase's record of applied changesets: no personal data",
            "databasechangeloglock", "Liquibase's lock: no personal data");

    @Override
    public Map<String, String> neither() {
        return TABLES;
    }
}
