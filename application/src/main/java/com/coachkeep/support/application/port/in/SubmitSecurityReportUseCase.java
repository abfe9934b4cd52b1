package com.coachkeep.support.application.port.in;

/**
 * Anyone reports a vulnerability (P-DIS-1); no sign-in. The report is stored, recorded in the platform audit trail
 * and, when the reporter gave an address, acknowledged by email through the outbox. Rate limiting is the edge's.
 */
public interface SubmitSecurityReportUseCase {
    SecurityReportReceipt submit(SubmitSecurityReportCommand command);
}
