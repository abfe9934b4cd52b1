package com.coachkeep.support.application.port.in;

import java.time.Instant;
import java.util.List;

/**
 * A security incident as the officer records it. {@code publicTitle} and {@code firstUpdate} are published on the
 * status endpoint; everything else stays internal (and goes to the affected workspaces' owners by email).
 *
 * @param affectedWorkspaceIds the workspaces whose data is concerned; their owners are emailed
 * @param recommendations      what owners can do themselves, or {@code null}
 */
public record RecordIncidentCommand(String publicTitle, String whatHappened, List<String> dataAffected, String remediation,
        String severity, List<String> affectedWorkspaceIds, Instant detectedAt, String firstUpdate, String recommendations,
        String reason) {
}
