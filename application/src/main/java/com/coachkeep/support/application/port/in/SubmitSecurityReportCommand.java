package com.coachkeep.support.application.port.in;

/** A vulnerability report as the reporter sent it; the domain validates every field at once. */
public record SubmitSecurityReportCommand(String summary, String details, String reporterEmail, String affectedUrl) {
}
