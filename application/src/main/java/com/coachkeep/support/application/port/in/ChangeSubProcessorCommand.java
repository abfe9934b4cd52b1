package com.coachkeep.support.application.port.in;

/** A change to an entry; a {@code null} field stays as it is, a blank data-categories field clears it. */
public record ChangeSubProcessorCommand(String id, String purpose, String region, String dataCategories, String reason) {
}
