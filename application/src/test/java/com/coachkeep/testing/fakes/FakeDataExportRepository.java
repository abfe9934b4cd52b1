package com.coachkeep.testing.fakes;

import com.coachkeep.privacy.application.port.out.DataExportRepository;
import com.coachkeep.privacy.domain.DataExport;
import com.coachkeep.privacy.domain.ExportId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Exports in memory (the objects themselves: a test sees every change a service makes). */
public final class FakeDataExportRepository implements DataExportRepository {
    public final Map<ExportId, DataExport> rows = new LinkedHashMap<>();

    @Override
    public void add(DataExport export) {
        rows.put(export.id(), export);
    }

    @Override
    public void update(DataExport export) {
        if (!rows.containsKey(export.id())) {
            throw new IllegalStateException("no export " + export.id());
        }
        rows.put(export.id(), export);
    }

    @Override
    public Optional<DataExport> find(WorkspaceId workspaceId, ExportId id) {
        return Optional.ofNullable(rows.get(id)).filter(e -> e.workspaceId().equals(workspaceId));
    }

    @Override
    public Optional<DataExport> findByDownloadTokenHash(ExportId id, String tokenHash) {
        return Optional.ofNullable(rows.get(id)).filter(e -> tokenHash.equals(e.downloadTokenHash()));
    }

    @Override
    public List<Instant> lockAndListRequestedSince(WorkspaceId workspaceId, PersonId personId, Instant since) {
        return rows.values().stream().filter(e -> e.workspaceId().equals(workspaceId) && e.requestedBy().equals(personId)
                && e.createdAt().isAfter(since)).map(DataExport::createdAt).sorted().toList();
    }

    @Override
    public Optional<DataExport> claimNext(Instant staleBefore) {
        return rows.values().stream().filter(e -> e.state() == DataExport.State.QUEUED
                        || (e.state() == DataExport.State.RUNNING && e.heartbeatAt().isBefore(staleBefore)))
                .min(Comparator.comparing(DataExport::createdAt));
    }

    @Override
    public List<DataExport> findExpired(Instant now, int limit) {
        return rows.values().stream().filter(e -> e.state() == DataExport.State.READY && e.expiresAt().isBefore(now)).limit(limit).toList();
    }
}
