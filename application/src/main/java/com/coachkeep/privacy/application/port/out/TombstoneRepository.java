package com.coachkeep.privacy.application.port.out;

import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.Tombstone;
import java.util.List;
import java.util.Optional;

/**
 * The record of deletions, kept apart from the data's backups (with the keys), so that a restored backup can replay
 * every deletion made since it was taken.
 */
public interface TombstoneRepository {
    /** Records the deletion in the caller's transaction; recording the same subject again keeps the first. */
    void add(Tombstone tombstone);

    Optional<Tombstone> find(DataSubject subject);

    /** Every deletion recorded, of every workspace, oldest first: what the replay after a restore applies again. */
    List<Tombstone> all();

    /** Records that a person deleted their account, in the caller's transaction; the same person again keeps the first. */
    void addAccount(com.coachkeep.privacy.domain.AccountTombstone tombstone);

    /** Every account deletion recorded, oldest first. */
    List<com.coachkeep.privacy.domain.AccountTombstone> accounts();
}
