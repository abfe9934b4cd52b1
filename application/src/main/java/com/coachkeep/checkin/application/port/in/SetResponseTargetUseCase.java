package com.coachkeep.checkin.application.port.in;

import com.coachkeep.shared.application.Actor;

/** The workspace's response-time target for reviewing check-ins, in hours (1–168); the owner sets it, staff read it. */
public interface SetResponseTargetUseCase {
    int set(Actor actor, Integer hours);
}
