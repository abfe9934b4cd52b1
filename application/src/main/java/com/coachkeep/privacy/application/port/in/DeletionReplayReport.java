package com.coachkeep.privacy.application.port.in;

/**
 * What a replay of the deletions found.
 *
 * @param tombstones      deletions recorded
 * @param resurrected     subjects of which rows or files still existed (and were erased): 0 on a database that was
 *                        not restored
 * @param rowsErased      rows (and files) erased, every subject together
 * @param millis          how long the replay took
 */
public record DeletionReplayReport(int tombstones, int resurrected, long rowsErased, long millis) {
}
