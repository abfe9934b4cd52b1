package com.coachkeep.privacy.application.port.in;

import com.coachkeep.privacy.domain.DataExport;
import java.time.Instant;
import java.util.Map;

/**
 * An export as its requester sees it.
 *
 * @param downloadToken a fresh download link's secret while the export is ready, else {@code null}
 */
public record ExportView(String id, String workspaceId, String scope, String state, Map<String, String> progress,
        Instant createdAt, Instant finishedAt, Instant expiresAt, Long sizeBytes, String downloadToken, Instant downloadExpiresAt) {
    public static ExportView of(DataExport e, String downloadToken) {
        boolean ready = e.state() == DataExport.State.READY;
        return new ExportView(e.id().toString(), e.workspaceId().toString(), e.scope().name().toLowerCase(java.util.Locale.ROOT),
                e.state().name().toLowerCase(java.util.Locale.ROOT), e.progress(), e.createdAt(), e.finishedAt(), e.expiresAt(),
                ready ? e.sizeBytes() : null, downloadToken, downloadToken == null ? null : e.downloadExpiresAt());
    }
}
