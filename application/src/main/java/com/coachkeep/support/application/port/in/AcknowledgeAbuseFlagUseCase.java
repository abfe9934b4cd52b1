package com.coachkeep.support.application.port.in;

/**
 * An officer has looked at an abuse flag and says, as a reason, what was done about it; recorded in the platform's
 * audit trail. A flag is acknowledged once. Security officers only.
 */
public interface AcknowledgeAbuseFlagUseCase {
    AbuseFlagView acknowledge(SupportActor actor, String flagId, String reason);
}
