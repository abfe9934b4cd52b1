package com.coachkeep.checkin.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AttentionSource;
import java.time.LocalDate;
import java.util.List;

/**
 * "Who needs me today": check-ins awaiting review (and which breach the target), occurrences missed in the last 14
 * days, clients with no activity for {@code inactiveDays}, and what other contexts contribute through
 * {@link AttentionSource} beans. A bounded number of queries whatever the roster size.
 */
public interface GetCoachDashboardUseCase {
    Dashboard dashboard(Actor actor, Integer inactiveDays);

    record Dashboard(int targetHours, int awaitingReview, int breached, List<GetReviewQueueUseCase.Entry> queue, List<Missed> missed,
            List<Inactive> inactive, List<AttentionSource.Item> attention) {
    }

    record Missed(ClientId clientId, String clientName, java.util.UUID scheduleId, LocalDate day) {
    }

    record Inactive(ClientId clientId, String clientName, java.time.Instant lastActivity) {
    }
}
