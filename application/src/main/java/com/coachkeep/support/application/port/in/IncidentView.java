package com.coachkeep.support.application.port.in;

import com.coachkeep.support.domain.Incident;
import java.time.Instant;
import java.util.List;

/** An incident as the console shows it to the security officer (internal fields included). */
public record IncidentView(String id, String publicTitle, String whatHappened, List<String> dataAffected, String remediation,
        String severity, List<String> affectedWorkspaceIds, Instant detectedAt, Instant recordedAt, List<Update> updates,
        Instant resolvedAt) {
    /** One public update. */
    public record Update(Instant postedAt, String text, boolean resolves) {
    }

    public static IncidentView of(Incident i) {
        return new IncidentView(i.id().toString(), i.publicTitle(), i.whatHappened(), i.dataAffected(), i.remediation(),
                i.severity().wireName(), i.affectedWorkspaces().stream().map(w -> w.value().toString()).sorted().toList(),
                i.detectedAt(), i.recordedAt(), i.updates().stream().map(u -> new Update(u.postedAt(), u.text(), u.resolves())).toList(),
                i.resolvedAt());
    }
}
