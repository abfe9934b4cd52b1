package com.coachkeep.privacy.application.port.in;

import java.time.Duration;

/** The deletion job's steps: erase deleted workspaces batch by batch, and forget old finished deletions. */
public interface EraseDeletedWorkspacesUseCase {
    /**
     * Erases one batch (at most {@code batchSize} rows of one feature) of the oldest unfinished workspace deletion,
     * in a transaction of its own; {@code false} when no deletion is waiting.
     */
    boolean eraseNextBatch(int batchSize);

    /** Forgets deletions that finished longer ago than {@code retention}; returns how many. */
    int forgetFinished(Duration retention);
}
