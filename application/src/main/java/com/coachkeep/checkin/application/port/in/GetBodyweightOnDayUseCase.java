package com.coachkeep.checkin.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A client's bodyweight on a day of their calendar (the day's mean, in kg), or on the nearest earlier day within
 * {@code lookBackDays}; empty when none was recorded. For staff who read check-ins and for the client.
 */
public interface GetBodyweightOnDayUseCase {
    Optional<Weight> bodyweightOn(Actor actor, ClientId clientId, LocalDate day, int lookBackDays);

    record Weight(LocalDate measuredOn, BigDecimal kilograms) {
    }
}
