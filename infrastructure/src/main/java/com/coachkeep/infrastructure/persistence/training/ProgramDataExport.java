package com.coachkeep.infrastructure.persistence.training;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.privacy.application.port.out.ExportArchivePort;
import com.coachkeep.privacy.application.port.out.PersonalDataExportPort;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The programs' part of an export. The workspace's archive holds the template library (each template with every
 * version's plan) and every client's programs; a client's own archive holds their programs only (the plan they were
 * given, as adjusted for them). Rows are read a page at a time in key order.
 */
@ApplicationScoped
public class ProgramDataExport implements PersonalDataExportPort {
    static final int PAGE = 100;

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public String feature() {
        return "programs";
    }

    @Override
    public List<String> tables() {
        return ProgramErasure.TABLES;
    }

    @Override
    public String readme() {
        return """
                    templates/<id>.json       program templates of the library (workspace archive only): name, status and
                                              every version's plan (phases, weeks, days, blocks, exercises, sets)
                    assigned/<id>.json        clients' programs: client, template and version they came from, start date
                                              and the plan as adjusted for the client""";
    }

    @Override
    public void exportWorkspace(WorkspaceId workspaceId, ExportArchivePort archive) {
        tenant.workspace(workspaceId);
        String after = "00000000-0000-0000-0000-000000000000";
        while (after != null) {
            List<Object[]> rows = rows("select id::text, name, description, status, current_version, created_at, updated_at "
                    + "from program_template where workspace_id = ?1 and id > cast(?2 as uuid) order by id limit " + PAGE,
                    workspaceId, after);
            for (Object[] r : rows) {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("id", r[0]);
                t.put("name", r[1]);
                t.put("description", r[2]);
                t.put("status", Rows.text(r[3]).toLowerCase(java.util.Locale.ROOT));
                t.put("currentVersion", r[4]);
                t.put("createdAt", String.valueOf(Rows.instant(r[5])));
                t.put("updatedAt", String.valueOf(Rows.instant(r[6])));
                List<Map<String, Object>> versions = new java.util.ArrayList<>();
                for (Object[] v : rows("select version, plan::text, created_at from program_template_version where workspace_id = ?1 "
                        + "and template_id = cast(?2 as uuid) order by version", workspaceId, (String) r[0])) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("version", v[0]);
                    m.put("createdAt", String.valueOf(Rows.instant(v[2])));
                    m.put("plan", json(v[1]));
                    versions.add(m);
                }
                t.put("versions", versions);
                archive.json("templates/" + r[0] + ".json", t);
            }
            after = rows.size() < PAGE ? null : (String) rows.get(rows.size() - 1)[0];
        }
        assigned(workspaceId, null, archive);
    }

    @Override
    public void exportClient(WorkspaceId workspaceId, ClientId clientId, ExportArchivePort archive) {
        tenant.workspace(workspaceId);
        assigned(workspaceId, clientId, archive);
    }

    private void assigned(WorkspaceId workspaceId, ClientId only, ExportArchivePort archive) {
        String after = "00000000-0000-0000-0000-000000000000";
        while (after != null) {
            List<Object[]> rows = rows("select id::text, client_id::text, template_id::text, template_version, name, start_date::text, "
                    + "plan::text, created_at, updated_at from assigned_program where workspace_id = ?1 and id > cast(?2 as uuid)"
                    + (only == null ? "" : " and client_id = '" + only.value() + "'::uuid") + " order by id limit " + PAGE,
                    workspaceId, after);
            for (Object[] r : rows) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("id", r[0]);
                p.put("clientId", r[1]);
                p.put("templateId", r[2]);
                p.put("templateVersion", r[3]);
                p.put("name", r[4]);
                p.put("startDate", r[5]);
                p.put("createdAt", String.valueOf(Rows.instant(r[7])));
                p.put("updatedAt", String.valueOf(Rows.instant(r[8])));
                p.put("plan", json(r[6]));
                archive.json("assigned/" + r[0] + ".json", p);
            }
            after = rows.size() < PAGE ? null : (String) rows.get(rows.size() - 1)[0];
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, WorkspaceId workspaceId, String second) {
        Query q = em.createNativeQuery(sql).setParameter(1, workspaceId.value()).setParameter(2, second);
        return q.getResultList();
    }

    /** A stored jsonb document as a value JSON-B writes as it is. */
    private static Object json(Object text) {
        try (JsonReader r = Json.createReader(new StringReader(text.toString()))) {
            return r.readValue();
        }
    }
}
