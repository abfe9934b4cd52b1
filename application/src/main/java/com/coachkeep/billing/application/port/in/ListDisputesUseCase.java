package com.coachkeep.billing.application.port.in;

import com.coachkeep.billing.domain.Dispute;
import com.coachkeep.shared.application.Actor;
import java.util.List;

/** The disputes on the workspace's connected account as mirrored, those awaiting evidence first ({@code BILLING_READ}). */
public interface ListDisputesUseCase {
    List<Dispute> disputes(Actor actor);
}
