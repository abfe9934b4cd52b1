package com.coachkeep.infrastructure.persistence.support;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The support grants of a workspace in the owner's export ({@code support/grants/<id>.json}): who had access, why,
 * when, and how many views. A client's export holds none (a grant names no client). Read page by page.
 */
@ApplicationScoped
public class SupportGrantDataExport implements PersonalDataExportPort {
    static final int PAGE = 200;

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public String feature() {
        return "support";
    }

    @Override
    public List<String> tables() {
        return SupportGrantErasure.TABLES;
    }

    @Override
    public String readme() {
        return """
                    grants/<id>.json          every time Coachkeep support had access to the workspace: the staff
                                              identity, reason, ticket, scope, times, approval and number of views
                                              (only in the owner's export of the whole workspace)""";
    }

    @Override
    @SuppressWarnings("unchecked")
    public void exportWorkspace(WorkspaceId workspaceId, ExportArchivePort archive) {
        tenant.workspace(workspaceId);
        String after = new java.util.UUID(0, 0).toString();
        while (true) {
            List<Object[]> rows = em.createNativeQuery("select id::text, requested_by, requester_role, scope, reason, ticket, minutes, "
                            + "requested_at, state, approved_by, approved_at, starts_at, ends_at, revoked_by, revoked_at, views "
                            + "from support_grant where workspace_id = cast(?1 as uuid) and id > cast(?2 as uuid) "
                            + "order by id limit ?3")
                    .setParameter(1, workspaceId.value().toString()).setParameter(2, after).setParameter(3, PAGE).getResultList();
            for (Object[] r : rows) {
                Map<String, Object> g = new LinkedHashMap<>();
                g.put("id", r[0]);
                g.put("staffId", r[1]);
                g.put("internalRole", Rows.text(r[2]));
                g.put("scope", Rows.text(r[3]));
                g.put("reason", r[4]);
                g.put("ticket", r[5]);
                g.put("minutes", r[6]);
                g.put("requestedAt", time(r[7]));
                g.put("state", Rows.text(r[8]));
                g.put("approvedBy", r[9]);
                g.put("approvedAt", time(r[10]));
                g.put("startsAt", time(r[11]));
                g.put("endsAt", time(r[12]));
                g.put("revokedBy", r[13]);
                g.put("revokedAt", time(r[14]));
                g.put("views", r[15]);
                archive.json("grants/" + r[0] + ".json", g);
                after = (String) r[0];
            }
            if (rows.size() < PAGE) {
                return;
            }
        }
    }

    @Override
    public void exportClient(WorkspaceId workspaceId, ClientId clientId, ExportArchivePort archive) {
        // a grant names no client: nothing of it belongs in a client's export
    }

    private static String time(Object value) {
        var instant = Rows.instant(value);
        return instant == null ? null : instant.toString();
    }
}
