package com.coachkeep.testing.fakes;

import com.coachkeep.audit.application.port.out.AuditCheckpointPort;
import com.coachkeep.audit.domain.Checkpoint;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checkpoints kept in a list (the real adapter signs them and writes them outside the database). */
public final class FakeAuditCheckpoints implements AuditCheckpointPort {
    public final List<Checkpoint> stored = new ArrayList<>();

    @Override
    public void store(Checkpoint checkpoint) {
        stored.add(checkpoint);
    }

    @Override
    public Optional<Checkpoint> latest(WorkspaceId workspaceId) {
        return stored.stream().filter(c -> c.workspaceId().equals(workspaceId)).reduce((a, b) -> b);
    }
}
