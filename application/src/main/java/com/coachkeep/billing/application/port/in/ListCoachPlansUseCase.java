package com.coachkeep.billing.application.port.in;

import com.coachkeep.billing.domain.CoachPlan;
import com.coachkeep.shared.application.Actor;
import java.util.List;

/** Coachkeep's plans a workspace can subscribe to, with the active clients each allows. */
public interface ListCoachPlansUseCase {
    List<CoachPlan> list(Actor actor);
}
