package com.coachkeep.support.application.port.in;

import com.coachkeep.support.domain.SecurityReport;
import java.time.Instant;

/** A report as the console's inbox shows it, with its countdown against the acknowledgement target. */
public record SecurityReportView(String id, Instant receivedAt, String summary, String details, String reporterEmail,
        String affectedUrl, String state, Instant acknowledgementDue, Instant acknowledgedAt, boolean overdue, Instant updatedAt) {
    public static SecurityReportView of(SecurityReport r, Instant now) {
        return new SecurityReportView(r.id().toString(), r.receivedAt(), r.summary(), r.details(),
                r.reporterEmail() == null ? null : r.reporterEmail().value(), r.affectedUrl(), r.state().wireName(),
                r.acknowledgementDue(), r.acknowledgedAt(), r.overdue(now), r.updatedAt());
    }
}
