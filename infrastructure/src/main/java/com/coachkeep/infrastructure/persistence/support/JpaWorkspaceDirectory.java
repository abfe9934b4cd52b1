package com.coachkeep.infrastructure.persistence.support;

import com.coachkeep.infrastructure.persistence.shared.KeysetCursor;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.support.application.port.in.WorkspaceLookupQuery;
import com.coachkeep.support.application.port.in.WorkspaceSummary;
import com.coachkeep.support.application.port.out.WorkspaceDirectoryPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Support's workspace look-up through the database function {@code support_workspace_lookup} (changeset 0013), the one
 * way across workspaces it has: metadata and counts only, at most 51 rows a call, keyset-paginated by name and id.
 */
@ApplicationScoped
public class JpaWorkspaceDirectory implements WorkspaceDirectoryPort {
    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Override
    public Page<WorkspaceSummary> lookUp(WorkspaceLookupQuery query) {
        PageRequest page = query.page();
        KeysetCursor after = page.cursor() == null ? null : KeysetCursor.decode(page.cursor());
        List<WorkspaceSummary> rows = call(query.kind().name(), query.text(), after, page.limit() + 1);
        return KeysetCursor.page(rows, page.limit(), s -> new KeysetCursor(s.name(), java.util.UUID.fromString(s.id())), s -> s);
    }

    @Override
    public Optional<WorkspaceSummary> find(WorkspaceId id) {
        return call(WorkspaceLookupQuery.Kind.ID.name(), id.value().toString(), null, 1).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<WorkspaceSummary> call(String kind, String text, KeysetCursor after, int max) {
        List<Object[]> rows = em.createNativeQuery("select id, name, created_at, status, staff_count, client_count, owner_email "
                        + "from support_workspace_lookup(?1, ?2, ?3, cast(?4 as uuid), ?5)")
                .setParameter(1, kind).setParameter(2, text).setParameter(3, after == null ? null : after.key())
                .setParameter(4, after == null ? null : after.id().toString()).setParameter(5, max).getResultList();
        return rows.stream().map(r -> new WorkspaceSummary(Rows.uuid(r[0]).toString(), (String) r[1], Rows.instant(r[2]), (String) r[3],
                ((Number) r[4]).longValue(), ((Number) r[5]).longValue(), (String) r[6])).toList();
    }
}
