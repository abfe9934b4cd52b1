package com.coachkeep.privacy.application.port.out;

import com.coachkeep.privacy.domain.DataExport;
import com.coachkeep.privacy.domain.ExportId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Data exports (the jobs and their archives' bookkeeping). */
public interface DataExportRepository {
    void add(DataExport export);

    void update(DataExport export);

    Optional<DataExport> find(WorkspaceId workspaceId, ExportId id);

    /** The export whose current download link hashes to this value, in whatever workspace. */
    Optional<DataExport> findByDownloadTokenHash(ExportId id, String tokenHash);

    /**
     * Serialises requests of one person in one workspace until the transaction ends (so that two concurrent requests
     * cannot both pass the daily limit), then answers the creation times of their exports since {@code since}, oldest
     * first.
     */
    List<Instant> lockAndListRequestedSince(WorkspaceId workspaceId, PersonId personId, Instant since);

    /**
     * Claims the next export to run, across workspaces: a queued one, or a running one whose heartbeat is older than
     * {@code staleBefore} (its worker died); locked until the transaction ends, skipped by other workers.
     */
    Optional<DataExport> claimNext(Instant staleBefore);

    /** Ready exports whose archive expired before {@code now}, across workspaces, at most {@code limit}. */
    List<DataExport> findExpired(Instant now, int limit);
}
