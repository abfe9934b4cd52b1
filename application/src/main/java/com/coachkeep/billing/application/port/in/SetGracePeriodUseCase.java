package com.coachkeep.billing.application.port.in;

import com.coachkeep.shared.application.Actor;

/**
 * The days a client keeps their program and check-ins after a failed renewal ({@code BILLING_MANAGE} to set,
 * {@code BILLING_READ} to read; 7 until set).
 */
public interface SetGracePeriodUseCase {
    int get(Actor actor);

    int set(Actor actor, Integer days);
}
