package com.coachkeep.support.application.port.in;

import java.util.List;

/**
 * The outbox's dead letters for admins ({@code OUTBOX_MANAGE}, multi-factor for changes): list them (metadata only),
 * put one back in the queue, or discard it for good (its content is dropped). Retrying and discarding need a reason and
 * are recorded in the platform trail and, for a workspace's email, in that workspace's trail.
 */
public interface ManageDeadLettersUseCase {
    int MAX = 200;

    /** The newest dead letters first, at most {@code limit} (1 to {@link #MAX}). */
    List<DeadLetterView> list(SupportActor actor, int limit);

    /** Queues it again, due now, with its attempts counted afresh. */
    void retry(SupportActor actor, String messageId, String reason);

    /** Gives up on it for good: it will not be sent, and its content is dropped. */
    void discard(SupportActor actor, String messageId, String reason);
}
