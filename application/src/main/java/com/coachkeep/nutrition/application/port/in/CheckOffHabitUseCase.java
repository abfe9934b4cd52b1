package com.coachkeep.nutrition.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import java.util.UUID;

/**
 * The client checks a habit off for a day of their own calendar (or takes it back); a coach may do it on their
 * behalf, audited. Idempotent: checking a day twice is one check-off.
 */
public interface CheckOffHabitUseCase {
    HabitView checkOff(Actor actor, ClientId clientId, UUID habitId, String day, Boolean done);
}
