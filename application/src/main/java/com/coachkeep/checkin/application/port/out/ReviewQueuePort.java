package com.coachkeep.checkin.application.port.out;

import com.coachkeep.checkin.domain.Measurement;
import com.coachkeep.shared.application.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The reads of the review queue and the dashboard, each one statement whatever the number of clients, over the clients
 * the actor sees by the roster's rule (every client with {@code clients_read_all}, or a coach's when the owner lets
 * coaches see all; else the ones assigned to the actor).
 */
public interface ReviewQueuePort {
    /** Check-ins awaiting review, oldest first, with their client's name. */
    List<Waiting> awaitingReview(Actor actor);

    /** The metrics of these check-ins and of each one's client's previous check-in, by check-in id. */
    Map<UUID, Deltas> deltas(Actor actor, List<UUID> checkinIds);

    /** The active clients the actor sees, with the time of their last check-in or logged metric (null: none). */
    List<Visible> visibleClients(Actor actor);

    record Waiting(UUID checkinId, UUID clientId, String clientName, Instant submittedAt, boolean onBehalf) {
    }

    record Deltas(List<Measurement> current, List<Measurement> previous) {
    }

    record Visible(UUID clientId, String clientName, Instant lastActivity) {
    }
}
