package com.coachkeep.support.application.port.out;

import com.coachkeep.support.domain.Incident;
import com.coachkeep.support.domain.IncidentId;
import com.coachkeep.support.domain.IncidentUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Incidents (platform data) and their links to affected workspaces (workspace data, under row-level security; the
 * adapter opens them across workspaces for these use cases only).
 */
public interface IncidentRepository {
    void add(Incident incident);

    Optional<Incident> find(IncidentId id);

    void addUpdate(IncidentId id, IncidentUpdate update, Instant resolvedAt);

    /** The newest first, at most {@code limit}. */
    List<Incident> list(int limit);

    /** What the status endpoint publishes: open incidents and those resolved since {@code resolvedSince}, newest first. */
    List<PublicIncident> listPublic(Instant resolvedSince, int limit);

    /** An incident as the public sees it: title and updates, never its internal fields or workspaces. */
    record PublicIncident(String id, String title, boolean resolved, List<IncidentUpdate> updates) {
        public PublicIncident {
            updates = List.copyOf(updates);
        }
    }
}
