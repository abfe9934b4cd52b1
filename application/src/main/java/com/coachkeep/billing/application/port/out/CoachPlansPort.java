package com.coachkeep.billing.application.port.out;

import com.coachkeep.billing.domain.CoachPlan;
import java.util.List;

/** Coachkeep's own plans and the free tier, as the operator configured them (docs/operations/configuration.md). */
public interface CoachPlansPort {
    /** The plans a workspace may subscribe to, in the configured order; empty when none are configured. */
    List<CoachPlan> plans();

    /** Active clients a workspace without a subscription may have; null: no limit (the default). */
    Integer freeClientLimit();
}
