package com.coachkeep.nutrition.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;

/** Compliance per client over 7, 30 and 90 days, for staff who may read nutrition and for the client themself. */
public interface GetComplianceUseCase {
    ComplianceView compliance(Actor actor, ClientId clientId);
}
