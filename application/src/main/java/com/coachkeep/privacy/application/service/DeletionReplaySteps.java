package com.coachkeep.privacy.application.service;

import com.coachkeep.privacy.application.port.out.ErasureFeaturesPort;
import com.coachkeep.privacy.application.port.out.PersonalDataErasurePort;
import com.coachkeep.privacy.application.port.out.SubjectKeyPort;
import com.coachkeep.privacy.application.port.out.TombstoneRepository;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.Tombstone;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

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

    @Inject
    public DeletionReplaySteps(TombstoneRepository tombstones, SubjectKeyPort keys, ErasureFeaturesPort features) {
        this.tombstones = tombstones;
        this.keys = keys;
        this.features = features;
    }

    protected DeletionReplaySteps() {
        this(null, null, null);
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
