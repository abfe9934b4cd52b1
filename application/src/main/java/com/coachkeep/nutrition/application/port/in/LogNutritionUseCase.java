package com.coachkeep.nutrition.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;

/**
 * A client logs a day (their own only), or a coach logs it on the client's behalf (recorded and audited as such). By
 * the client's id: a resend changes nothing; a second log for a day that has one is a conflict naming it.
 */
public interface LogNutritionUseCase {
    LoggedView log(Actor actor, ClientId clientId, LogNutritionCommand command);
}
