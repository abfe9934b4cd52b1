package com.coachkeep.billing.application.port.in;

import com.coachkeep.billing.domain.Charge;
import com.coachkeep.shared.application.Actor;
import java.util.List;

/** The payments on the workspace's connected account as mirrored, newest first ({@code BILLING_READ}). */
public interface ListChargesUseCase {
    List<Charge> charges(Actor actor);
}
