package com.coachkeep.support.application.port.in;

/**
 * Queues the next batch of sub-processor change announcements (P-SUB-1) through the outbox, one transaction per
 * batch, so that an announcement to thousands of coaches never becomes one giant transaction. Driven by a job.
 */
public interface SendSubProcessorAnnouncementsUseCase {
    /** How many emails one batch queues at most. */
    int BATCH = 200;

    /** Queues one batch of the oldest announcement still being sent; answers how many emails it queued (0: nothing to do). */
    int sendNextBatch();
}
