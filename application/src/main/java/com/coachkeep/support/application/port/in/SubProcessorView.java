package com.coachkeep.support.application.port.in;

import com.coachkeep.support.domain.SubProcessor;
import java.time.Instant;
import java.time.LocalDate;

/** One sub-processor as published. */
public record SubProcessorView(String id, String service, String purpose, String region, String dataCategories, LocalDate since,
        Instant retiredAt) {
    public static SubProcessorView of(SubProcessor s) {
        return new SubProcessorView(s.id().toString(), s.service(), s.purpose(), s.region(), s.dataCategories(), s.since(),
                s.retiredAt());
    }
}
