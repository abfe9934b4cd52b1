package com.coachkeep.billing.application.port.in;

import com.coachkeep.billing.domain.Refund;
import com.coachkeep.shared.application.Actor;
import java.util.List;

/** The refunds on the workspace's connected account as mirrored, newest first ({@code BILLING_READ}). */
public interface ListRefundsUseCase {
    List<Refund> refunds(Actor actor);
}
