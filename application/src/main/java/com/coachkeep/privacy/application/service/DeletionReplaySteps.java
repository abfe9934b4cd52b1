package com.coachkeep.privacy.application.service;

import com.coachkeep.privacy.application.port.out.ErasureFeaturesPort;
import com.coachkeep.privacy.application.port.out.PersonalDataErasurePort;
import com.coachkeep.privacy.application.port.out.SubjectKeyPort;
import com.coachkeep.privacy.application.port.out.TombstoneRepository;
import com.coachkeep.privacy.domain.AccountTombstone;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.Tombstone;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.application.port.out.MembershipRepository;
import com.coachkeep.workspace.application.port.out.PersonRepository;
import com.coachkeep.workspace.domain.Membership;
import com.coachkeep.workspace.domain.Person;
import com.coachkeep.workspace.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The replay's steps, each in a transaction of its own (as the deletion job's batches are): a large restored
 * workspace is erased batch by batch, never in one long transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DeletionReplaySteps {
    private final TombstoneRepository tombstones;
    private final SubjectKeyPort keys;
    private final ErasureFeaturesPort features;
    private final PersonRepository people;
    private final MembershipRepository memberships;

    @Inject
    public DeletionReplaySteps(TombstoneRepository tombstones, SubjectKeyPort keys, ErasureFeaturesPort features,
            PersonRepository people, MembershipRepository memberships) {
        this.tombstones = tombstones;
        this.keys = keys;
        this.features = features;
        this.people = people;
        this.memberships = memberships;
    }

    protected DeletionReplaySteps() {
        this(null, null, null, null, null);
    }

    public List<AccountTombstone> accountTombstones() {
        return tombstones.accounts();
    }

    /**
     * As the account deletion does, when a restored backup brought the person back: their staff memberships end
     * (their client memberships have client tombstones of their own, replayed first), every feature's person-level
     * data goes, and the row is cleared again. Returns 0 when there was nothing to do (no such person in this
     * database, or already cleared).
     */
    public long eraseAccount(AccountTombstone t) {
        Optional<Person> person = people.findById(t.personId());
        if (person.isEmpty() || person.get().deleted()) {
            return 0;
        }
        long rows = 1;
        for (Membership m : memberships.findActiveOfPerson(t.personId())) {
            if (m.role() != Role.CLIENT) {
                m.remove(t.deletedAt());
                memberships.update(m);
                rows++;
            }
        }
        return rows + PersonErasure.erase(features, people, t.personId(), t.deletedAt());
    }

    public List<Tombstone> tombstones() {
        return tombstones.all();
    }

    public long eraseWorkspaceBatch(PersonalDataErasurePort feature, WorkspaceId workspaceId, int batchSize) {
        return feature.eraseWorkspaceBatch(workspaceId, batchSize);
    }

    /** As the client's own deletion does: every feature in order, in one transaction, then the client's keys. */
    public long eraseClient(WorkspaceId workspaceId, ClientId clientId) {
        long rows = 0;
        for (PersonalDataErasurePort port : features.inOrder()) {
            rows += port.eraseClient(workspaceId, clientId);
        }
        keys.destroy(DataSubject.client(workspaceId, clientId));
        return rows;
    }
}
