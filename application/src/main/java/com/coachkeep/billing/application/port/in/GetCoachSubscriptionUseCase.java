package com.coachkeep.billing.application.port.in;

import com.coachkeep.shared.application.Actor;

/** The workspace's subscription to Coachkeep, its plan and how many active clients it allows against how many there are. */
public interface GetCoachSubscriptionUseCase {
    CoachSubscriptionView get(Actor actor);
}
