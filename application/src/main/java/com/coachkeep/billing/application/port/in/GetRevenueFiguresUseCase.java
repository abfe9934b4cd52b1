package com.coachkeep.billing.application.port.in;

import com.coachkeep.billing.domain.RevenueFigures;
import com.coachkeep.shared.application.Actor;

/** The coach's revenue figures from the mirrored invoices ({@code BILLING_READ}). */
public interface GetRevenueFiguresUseCase {
    RevenueFigures figures(Actor actor);
}
