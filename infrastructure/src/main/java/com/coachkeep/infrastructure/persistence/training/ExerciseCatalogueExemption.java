package com.coachkeep.infrastructure.persistence.training;

import com.coachkeep.privacy.application.port.out.DataRightsExemptionPort;
import java.util.Map;

/** The exercise catalogue ships with Coachkeep: no workspace's or person's data. */
public class ExerciseCatalogueExemption implements DataRightsExemptionPort {
    static final Map<String, String> TABLES = Map.of("exercise_catalogue",
            "the global exercise catalogue that ships with Coachkeep: no workspace's or person's data");

    @Override
    public Map<String, String> neither() {
        return TABLES;
    }
}
