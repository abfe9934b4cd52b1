package com.coachkeep.audit.domain;

import com.coachkeep.shared.domain.WorkspaceId;
import java.util.Objects;

/**
 * Checks a chain event by event, in sequence order, without holding it in memory, and remembers the first broken
 * link: a gap or a repeat in the sequence (a row removed or inserted), a previous hash that is not the hash before
 * (a row inserted, or one before it altered), or a hash that does not match the content (a row altered). After the
 * last event, {@link #finish} compares the chain with the latest signed checkpoint.
 */
public final class ChainVerifier {
    private final WorkspaceId workspaceId;
    private long checked;
    private long lastSequence;
    private String lastHash = AuditChain.GENESIS;
    private Long brokenAt;
    private String problem;
    private Checkpoint checkpoint;
    private String hashAtCheckpoint;

    public ChainVerifier(WorkspaceId workspaceId, Checkpoint checkpoint) {
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.checkpoint = checkpoint;
    }

    /** Checks the next event; returns false once the chain is broken (later events need not be read). */
    public boolean accept(AuditEvent event) {
        if (brokenAt != null) {
            return false;
        }
        checked++;
        long expected = lastSequence + 1;
        if (event.sequence() != expected) {
            return broken(expected, event.sequence() > expected
                    ? "event " + expected + " is missing (the next one found is " + event.sequence() + ")"
                    : "event " + event.sequence() + " appears again after event " + lastSequence);
        }
        if (!event.previousHash().equals(lastHash)) {
            return broken(event.sequence(), "its previous hash is not the hash of event " + lastSequence);
        }
        if (!AuditChain.hashOf(event).equals(event.hash())) {
            return broken(event.sequence(), "its content does not match its hash");
        }
        if (!event.entry().workspaceId().equals(workspaceId)) {
            return broken(event.sequence(), "it belongs to another workspace");
        }
        lastSequence = event.sequence();
        lastHash = event.hash();
        if (checkpoint != null && checkpoint.sequence() == lastSequence) {
            hashAtCheckpoint = lastHash;
        }
        return true;
    }

    private boolean broken(long sequence, String why) {
        brokenAt = sequence;
        problem = why;
        return false;
    }

    /** The verdict, once every event has been offered. */
    public ChainReport finish() {
        if (brokenAt == null && checkpoint != null && checkpoint.sequence() > 0) {
            if (lastSequence < checkpoint.sequence()) {
                brokenAt = lastSequence + 1;
                problem = "the chain ends at event " + lastSequence + " but a signed checkpoint of "
                        + checkpoint.signedAt() + " saw event " + checkpoint.sequence();
            } else if (!checkpoint.hash().equals(hashAtCheckpoint)) {
                brokenAt = checkpoint.sequence();
                problem = "event " + checkpoint.sequence() + " differs from the signed checkpoint of " + checkpoint.signedAt()
                        + ": the chain was rewritten";
            }
        }
        return new ChainReport(workspaceId, checked, lastSequence, brokenAt == null, brokenAt, problem,
                checkpoint == null ? null : checkpoint.sequence());
    }
}
