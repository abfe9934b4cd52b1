package com.coachkeep.billing.application.port.in;

import com.coachkeep.shared.application.Actor;

/**
 * Whether the workspace's subscription to Coachkeep allows this many active clients: asked by the roster before it adds
 * a client or makes one active again, inside that use case (whose permission the actor already passed).
 */
public interface CheckClientLimitUseCase {
    /** Refuses ({@code plan-limit-reached}, {@code coach-subscription-inactive}) when {@code activeAfter} is more than allowed. */
    void requireRoomFor(Actor actor, long activeAfter);
}
