package com.coachkeep.privacy.application.port.in;

/**
 * After a restore (and harmlessly at every start): every deletion recorded in the tombstones is applied again, so that
 * a restored backup brings no deleted workspace or client back (P-DEL-3).
 */
public interface ReplayDeletionsUseCase {
    /** Erases whatever rows and files of each tombstone's subject exist; idempotent. */
    DeletionReplayReport replayAll();
}
