package com.coachkeep.privacy.application.service;

import com.coachkeep.privacy.application.port.in.DeletionReplayReport;
import com.coachkeep.privacy.application.port.in.ReplayDeletionsUseCase;
import com.coachkeep.privacy.application.port.out.ErasureFeaturesPort;
import com.coachkeep.privacy.application.port.out.PersonalDataErasurePort;
import com.coachkeep.privacy.domain.AccountTombstone;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.Tombstone;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Replays every recorded deletion (P-DEL-3). The tombstones live in the keystore schema, which the data's backups
 * leave out, so a database restored from a backup still knows every deletion made since the backup was taken; this
 * erases again whatever rows and files of each deleted subject the backup brought back, through the same
 * {@link PersonalDataErasurePort} implementations the deletions use, so a feature that plugs into deletion is
 * replayed too, with nothing more to do.
 *
 * <p>Idempotent and cheap when nothing came back (each feature answers 0 at once), so it runs at every start, before
 * the server accepts requests: nobody ever sees a resurrected row, and no operator step can be forgotten. A client
 * whose workspace was deleted as well is covered by the workspace's erasure. Deleted accounts are replayed last, after
 * the client tombstones that cover their client data.
 */
@ApplicationScoped
public class ReplayDeletionsService implements ReplayDeletionsUseCase {
    static final int BATCH = 500;

    private final DeletionReplaySteps steps;
    private final ErasureFeaturesPort features;

    @Inject
    public ReplayDeletionsService(DeletionReplaySteps steps, ErasureFeaturesPort features) {
        this.steps = steps;
        this.features = features;
    }

    protected ReplayDeletionsService() {
        this(null, null);
    }

    @Override
    public DeletionReplayReport replayAll() {
        long started = System.nanoTime();
        List<Tombstone> tombstones = steps.tombstones();
        Set<WorkspaceId> deletedWorkspaces = tombstones.stream().filter(t -> t.kind() == DataSubject.Kind.WORKSPACE)
                .map(Tombstone::workspaceId).collect(Collectors.toSet());
        List<PersonalDataErasurePort> ports = features.inOrder();
        int resurrected = 0;
        long rows = 0;
        for (Tombstone t : tombstones) {
            long erased;
            if (t.kind() == DataSubject.Kind.WORKSPACE) {
                erased = eraseWorkspace(ports, t.workspaceId());
            } else if (deletedWorkspaces.contains(t.workspaceId())) {
                continue;
            } else {
                erased = steps.eraseClient(t.workspaceId(), new ClientId(t.subjectId()));
            }
            if (erased > 0) {
                resurrected++;
                rows += erased;
            }
        }
        List<AccountTombstone> accounts = steps.accountTombstones();
        for (AccountTombstone t : accounts) {
            long erased = steps.eraseAccount(t);
            if (erased > 0) {
                resurrected++;
                rows += erased;
            }
        }
        return new DeletionReplayReport(tombstones.size() + accounts.size(), resurrected, rows, (System.nanoTime() - started) / 1_000_000);
    }

    private long eraseWorkspace(List<PersonalDataErasurePort> ports, WorkspaceId workspaceId) {
        long total = 0;
        for (PersonalDataErasurePort port : ports) {
            for (long n = steps.eraseWorkspaceBatch(port, workspaceId, BATCH); n > 0; n = steps.eraseWorkspaceBatch(port, workspaceId, BATCH)) {
                total += n;
            }
        }
        return total;
    }
}
