package com.coachkeep.support.application.port.in;

import java.time.Instant;

/** What the reporter is told: the tracking id, when the report was received and when it will be acknowledged at the latest. */
public record SecurityReportReceipt(String trackingId, Instant receivedAt, Instant acknowledgementDue) {
}
