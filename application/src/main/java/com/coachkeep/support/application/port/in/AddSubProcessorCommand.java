package com.coachkeep.support.application.port.in;

import java.time.LocalDate;

/** A new entry of the sub-processor list, and why it is added. */
public record AddSubProcessorCommand(String service, String purpose, String region, String dataCategories, LocalDate since,
        String reason) {
}
