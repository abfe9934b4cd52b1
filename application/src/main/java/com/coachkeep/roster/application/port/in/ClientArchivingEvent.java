package com.coachkeep.roster.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;

/**
 * A client is about to be archived (their status set to archived, or their access revoked), in the archiving
 * transaction: an observer that refuses rolls the archive back. Billing observes it so that a client is never left
 * billed silently: with a subscription that still bills them, {@code cancelSubscription} must say what to do (null:
 * the coach has not said, and the archive is refused with {@code subscription-active}).
 */
public record ClientArchivingEvent(Actor actor, ClientId clientId, Boolean cancelSubscription) {
}
