package com.coachkeep.billing.application.port.in;

import com.coachkeep.billing.domain.Offer;
import com.coachkeep.shared.application.Actor;
import java.util.List;

/** The workspace's offers, newest first ({@code BILLING_READ}). */
public interface ListOffersUseCase {
    List<Offer> list(Actor actor);
}
