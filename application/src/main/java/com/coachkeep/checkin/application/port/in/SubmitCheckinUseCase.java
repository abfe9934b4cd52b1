package com.coachkeep.checkin.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The client submits a check-in by an id of their choosing, or edits it until it is reviewed; staff may fill one in for
 * the client (recorded as such). Metrics sent with it are recorded with the source check-in.
 */
public interface SubmitCheckinUseCase {
    Submitted submit(Actor actor, ClientId clientId, UUID checkinId, SubmissionInput input);

    record SubmissionInput(String formId, String scheduleId, String occurrenceOn, Map<String, Object> answers, List<MetricInput> metrics) {
    }

    record MetricInput(String type, BigDecimal value, String unit) {
    }

    record Submitted(CheckinView checkin, boolean created) {
    }
}
