package com.coachkeep.checkin.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The coach's queue of submitted check-ins awaiting review among the clients they see, oldest first, against the
 * workspace's response-time target; each with what changed since the client's previous check-in.
 */
public interface GetReviewQueueUseCase {
    ReviewQueue queue(Actor actor);

    record ReviewQueue(int targetHours, List<Entry> entries) {
    }

    record Entry(UUID checkinId, ClientId clientId, String clientName, Instant submittedAt, long waitingMinutes, boolean breached,
            boolean onBehalf, List<MetricDelta> deltas) {
    }

    /** A metric's value in this check-in and its change since the previous check-in's (null when there was none). */
    record MetricDelta(String type, double value, Double change, Double trend) {
    }
}
