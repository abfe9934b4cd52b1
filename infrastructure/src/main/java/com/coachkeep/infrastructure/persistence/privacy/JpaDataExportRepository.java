package com.coachkeep.infrastructure.persistence.privacy;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.privacy.application.port.out.DataExportRepository;
import com.coachkeep.privacy.domain.DataExport;
import com.coachkeep.privacy.domain.ExportId;
import com.coachkeep.privacy.domain.FileId;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Data exports in native SQL (rows are read as values, never as managed entities). Progress is stored as
 * {@code feature=state,…}.
 */
@ApplicationScoped
public class JpaDataExportRepository implements DataExportRepository {
    /** How many queued exports one claim looks at: others may hold some of them (SKIP LOCKED). */
    private static final int CANDIDATES = 20;
    private static final String COLUMNS = "workspace_id, id, scope, client_id, requested_by, file_id, state, progress, attempts, "
            + "created_at, started_at, heartbeat_at, finished_at, expires_at, size_bytes, failure, download_token_hash, download_expires_at";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public void add(DataExport e) {
        tenant.workspace(e.workspaceId());
        em.createNativeQuery("insert into data_export (" + COLUMNS + ") values (?1, ?2, ?3, cast(?4 as uuid), ?5, ?6, ?7, ?8, ?9, "
                        + "cast(?10 as timestamptz), cast(?11 as timestamptz), cast(?12 as timestamptz), cast(?13 as timestamptz), "
                        + "cast(?14 as timestamptz), ?15, ?16, ?17, cast(?18 as timestamptz))")
                .setParameter(1, e.workspaceId().value()).setParameter(2, e.id().value()).setParameter(3, e.scope().name())
                .setParameter(4, e.clientId() == null ? null : e.clientId().toString()).setParameter(5, e.requestedBy().value())
                .setParameter(6, e.fileId().value()).setParameter(7, e.state().name()).setParameter(8, progress(e.progress()))
                .setParameter(9, e.attempts()).setParameter(10, Rows.param(e.createdAt())).setParameter(11, Rows.param(e.startedAt()))
                .setParameter(12, Rows.param(e.heartbeatAt())).setParameter(13, Rows.param(e.finishedAt()))
                .setParameter(14, Rows.param(e.expiresAt())).setParameter(15, e.sizeBytes()).setParameter(16, e.failure())
                .setParameter(17, e.downloadTokenHash()).setParameter(18, Rows.param(e.downloadExpiresAt()))
                .executeUpdate();
    }

    @Override
    public void update(DataExport e) {
        tenant.workspace(e.workspaceId());
        int n = em.createNativeQuery("update data_export set state = ?3, progress = ?4, attempts = ?5, started_at = cast(?6 as timestamptz), "
                        + "heartbeat_at = cast(?7 as timestamptz), finished_at = cast(?8 as timestamptz), expires_at = cast(?9 as timestamptz), "
                        + "size_bytes = ?10, failure = ?11, download_token_hash = ?12, download_expires_at = cast(?13 as timestamptz) "
                        + "where workspace_id = ?1 and id = ?2")
                .setParameter(1, e.workspaceId().value()).setParameter(2, e.id().value()).setParameter(3, e.state().name())
                .setParameter(4, progress(e.progress())).setParameter(5, e.attempts()).setParameter(6, Rows.param(e.startedAt()))
                .setParameter(7, Rows.param(e.heartbeatAt())).setParameter(8, Rows.param(e.finishedAt()))
                .setParameter(9, Rows.param(e.expiresAt())).setParameter(10, e.sizeBytes()).setParameter(11, e.failure())
                .setParameter(12, e.downloadTokenHash()).setParameter(13, Rows.param(e.downloadExpiresAt()))
                .executeUpdate();
        if (n != 1) {
            throw new IllegalStateException("export " + e.id() + " vanished while being changed");
        }
    }

    @Override
    public Optional<DataExport> find(WorkspaceId workspaceId, ExportId id) {
        tenant.workspace(workspaceId);
        return first(em.createNativeQuery("select " + COLUMNS + " from data_export where workspace_id = ?1 and id = ?2")
                .setParameter(1, workspaceId.value()).setParameter(2, id.value()));
    }

    @Override
    public Optional<DataExport> findByDownloadTokenHash(ExportId id, String tokenHash) {
        tenant.exportDownloadToken(tokenHash);
        Optional<DataExport> found = first(em.createNativeQuery("select " + COLUMNS + " from data_export where download_token_hash = ?1 and id = ?2")
                .setParameter(1, tokenHash).setParameter(2, id.value()));
        found.ifPresent(e -> tenant.workspace(e.workspaceId()));
        return found;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Instant> lockAndListRequestedSince(WorkspaceId workspaceId, PersonId personId, Instant since) {
        tenant.workspace(workspaceId);
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "data_export:" + workspaceId + ":" + personId).getSingleResult();
        List<Object> rows = em.createNativeQuery("select created_at from data_export where workspace_id = ?1 and requested_by = ?2 "
                        + "and created_at > cast(?3 as timestamptz) order by created_at")
                .setParameter(1, workspaceId.value()).setParameter(2, personId.value()).setParameter(3, Rows.param(since)).getResultList();
        return rows.stream().map(Rows::instant).toList();
    }

    @Override
    public Optional<DataExport> claimNext(Instant staleBefore) {
        String claimable = "(state = 'QUEUED' or (state = 'RUNNING' and heartbeat_at < cast(?1 as timestamptz)))";
        for (Object[] candidate : tenant.exportWorker().rows("select workspace_id, id from data_export where state = 'QUEUED' "
                + "or (state = 'RUNNING' and heartbeat_at < ?) order by created_at limit " + CANDIDATES, Persistence.toDb(staleBefore))) {
            Optional<DataExport> claimed = lock(candidate, claimable, Rows.param(staleBefore));
            if (claimed.isPresent()) {
                return claimed;
            }
        }
        return Optional.empty();
    }

    @Override
    public List<DataExport> findExpired(Instant now, int limit) {
        List<DataExport> expired = new java.util.ArrayList<>();
        for (Object[] candidate : tenant.exportWorker().rows("select workspace_id, id from data_export where state = 'READY' "
                + "and expires_at < ? order by expires_at limit " + limit, Persistence.toDb(now))) {
            lock(candidate, "state = 'READY' and expires_at < cast(?1 as timestamptz)", Rows.param(now)).ifPresent(expired::add);
        }
        return expired;
    }

    /** Locks one export found by the worker's scan, under its workspace, if it still meets {@code condition} and is free. */
    private Optional<DataExport> lock(Object[] candidate, String condition, String parameter) {
        WorkspaceId workspaceId = new WorkspaceId(Rows.uuid(candidate[0]));
        tenant.workspace(workspaceId);
        return first(em.createNativeQuery("select " + COLUMNS + " from data_export where " + condition
                        + " and workspace_id = ?2 and id = ?3 for update skip locked")
                .setParameter(1, parameter).setParameter(2, workspaceId.value()).setParameter(3, Rows.uuid(candidate[1])));
    }

    @SuppressWarnings("unchecked")
    private static Optional<DataExport> first(Query q) {
        List<Object[]> rows = q.getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(toDomain(rows.get(0)));
    }

    private static DataExport toDomain(Object[] r) {
        return new DataExport(new ExportId(Rows.uuid(r[1])), new WorkspaceId(Rows.uuid(r[0])), DataExport.Scope.valueOf(Rows.text(r[2])),
                r[3] == null ? null : new ClientId(Rows.uuid(r[3])), new PersonId(Rows.uuid(r[4])), new FileId(Rows.uuid(r[5])),
                Rows.instant(r[9]), DataExport.State.valueOf(Rows.text(r[6])), progress(Rows.text(r[7])), ((Number) r[8]).intValue(),
                Rows.instant(r[10]), Rows.instant(r[11]), Rows.instant(r[12]), Rows.instant(r[13]), ((Number) r[14]).longValue(),
                (String) r[15], Rows.text(r[16]), Rows.instant(r[17]));
    }

    static String progress(Map<String, String> progress) {
        return progress.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    static Map<String, String> progress(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        if (text != null) {
            for (String pair : text.split(",")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    map.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return map;
    }
}
