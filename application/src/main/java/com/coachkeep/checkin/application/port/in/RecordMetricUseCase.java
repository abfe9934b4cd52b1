package com.coachkeep.checkin.application.port.in;

import com.coachkeep.checkin.domain.Measurement;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import java.math.BigDecimal;

/** A value logged directly (outside a check-in) by the client or by staff for them. */
public interface RecordMetricUseCase {
    Measurement record(Actor actor, ClientId clientId, String type, BigDecimal value, String unit, String measuredOn);
}
