package com.coachkeep.audit.domain;

import com.coachkeep.shared.domain.WorkspaceId;

/**
 * The result of verifying a chain.
 *
 * @param eventsChecked       how many events were read
 * @param lastSequence        the last intact sequence
 * @param intact              true when every link and the latest checkpoint hold
 * @param firstBrokenSequence the first sequence that does not hold, or null
 * @param problem             what is wrong there, in words, or null
 * @param checkpointSequence  the sequence of the latest signed checkpoint compared, or null when there is none yet
 */
public record ChainReport(WorkspaceId workspaceId, long eventsChecked, long lastSequence, boolean intact,
        Long firstBrokenSequence, String problem, Long checkpointSequence) {
}
