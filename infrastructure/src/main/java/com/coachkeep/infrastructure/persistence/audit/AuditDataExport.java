package com.coachkeep.infrastructure.persistence.audit;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.privacy.application.port.out.ExportArchivePort;
import com.coachkeep.privacy.application.port.out.PersonalDataExportPort;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The workspace's audit trail, as one CSV table in sequence order (read 1,000 events at a time while the table is
 * written), with each event's hash so the chain can be checked outside Coachkeep. Only the owner's export of the
 * workspace holds it: the trail is the business's record of who did what, and names staff as well as clients.
 */
@ApplicationScoped
public class AuditDataExport implements PersonalDataExportPort {
    static final int PAGE = 1000;
    static final List<String> HEADER = List.of("sequence", "id", "occurredAt", "actorKind", "actorId", "action", "targetType", "targetId",
            "reason", "requestId", "details", "previousHash", "hash");

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public String feature() {
        return "audit";
    }

    @Override
    public List<String> tables() {
        return List.of("audit_event");
    }

    @Override
    public String readme() {
        return """
                    events.csv                the workspace's audit trail, one event a row in sequence order, with each
                                              event's previousHash and hash (SHA-256 chain, see the API docs); only in
                                              the owner's export of the whole workspace""";
    }

    @Override
    public void exportWorkspace(WorkspaceId workspaceId, ExportArchivePort archive) {
        tenant.workspace(workspaceId);
        archive.csv("events.csv", HEADER, new Events(workspaceId));
    }

    @Override
    public void exportClient(WorkspaceId workspaceId, ClientId clientId, ExportArchivePort archive) {
        // the trail is the workspace's record, exported with the workspace only
    }

    /** The events, fetched a page at a time as the CSV writer asks for them. */
    private final class Events implements Iterator<List<String>> {
        private final WorkspaceId workspaceId;
        private List<Object[]> page = List.of();
        private int index;
        private long after;
        private boolean exhausted;

        Events(WorkspaceId workspaceId) {
            this.workspaceId = workspaceId;
        }

        @Override
        @SuppressWarnings("unchecked")
        public boolean hasNext() {
            if (index < page.size()) {
                return true;
            }
            if (exhausted) {
                return false;
            }
            tenant.workspace(workspaceId);
            page = em.createNativeQuery("select sequence, id, occurred_at, actor_kind, actor_id, action, target_type, target_id, reason, "
                            + "request_id, details::text, previous_hash, hash from audit_event where workspace_id = ?1 and sequence > ?2 "
                            + "order by sequence limit " + PAGE)
                    .setParameter(1, workspaceId.value()).setParameter(2, after).getResultList();
            index = 0;
            exhausted = page.size() < PAGE;
            if (!page.isEmpty()) {
                after = ((Number) page.get(page.size() - 1)[0]).longValue();
            }
            return !page.isEmpty();
        }

        @Override
        public List<String> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Object[] r = page.get(index++);
            List<String> row = new ArrayList<>(r.length);
            for (int i = 0; i < r.length; i++) {
                row.add(r[i] == null ? "" : i == 2 ? Rows.instant(r[i]).toString() : Rows.text(r[i]));
            }
            return row;
        }
    }
}
