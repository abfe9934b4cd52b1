package com.coachkeep.infrastructure.persistence.workspace;

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
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The workspace context's part of an export: the settings, every membership with the member's name and email, the
 * invitations (never their secret's hash) and the custom roles. A client's export holds their own membership and
 * the invitation they received. Rows are read page by page (200 at a time, keyset) as plain values.
 */
@ApplicationScoped
public class WorkspaceDataExport implements PersonalDataExportPort {
    static final int PAGE = 200;

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public String feature() {
        return "workspace";
    }

    @Override
    public List<String> tables() {
        // person: each membership carries its person's name and email from the person directory (the owner's export,
        // every member; a client's, their own)
        return List.of("workspace", "membership", "invitation", "custom_role", "person");
    }

    @Override
    public String readme() {
        return """
                    workspace.json            the workspace's settings (name, time zone, currency, locale, colour, policies)
                    memberships/<id>.json     every membership: the person's id, name and email, role, status, dates
                    invitations/<id>.json     invitations sent (address, role, status, dates; never the link's secret)
                    roles/<id>.json           custom roles and their permissions""";
    }

    @Override
    public void exportWorkspace(WorkspaceId workspaceId, ExportArchivePort archive) {
        tenant.workspace(workspaceId);
        Object[] w = (Object[]) em.createNativeQuery("select id, name, timezone, currency, locale, brand_color, coaches_see_all_clients, "
                        + "staff_mfa_required, owner_id, created_at, updated_at from workspace where id = ?1")
                .setParameter(1, workspaceId.value()).getSingleResult();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("id", Rows.text(w[0]));
        settings.put("name", w[1]);
        settings.put("timezone", w[2]);
        settings.put("currency", Rows.text(w[3]));
        settings.put("locale", w[4]);
        settings.put("brandColor", Rows.text(w[5]));
        settings.put("coachesSeeAllClients", w[6]);
        settings.put("staffMfaRequired", w[7]);
        settings.put("ownerPersonId", Rows.text(w[8]));
        settings.put("createdAt", time(w[9]));
        settings.put("updatedAt", time(w[10]));
        archive.json("workspace.json", settings);
        memberships(workspaceId, "true", null, m -> archive.json("memberships/" + m.get("id") + ".json", m));
        invitations(workspaceId, "true", null, i -> archive.json("invitations/" + i.get("id") + ".json", i));
        pages(workspaceId, "select id, name, permissions, created_at, updated_at from custom_role where workspace_id = ?1", "true", null,
                r -> {
                    Map<String, Object> role = new LinkedHashMap<>();
                    role.put("id", Rows.text(r[0]));
                    role.put("name", r[1]);
                    role.put("permissions", List.of(((String) r[2]).split(",")));
                    role.put("createdAt", time(r[3]));
                    role.put("updatedAt", time(r[4]));
                    archive.json("roles/" + role.get("id") + ".json", role);
                });
    }

    @Override
    public void exportClient(WorkspaceId workspaceId, ClientId clientId, ExportArchivePort archive) {
        tenant.workspace(workspaceId);
        String person = "m.person_id = (select person_id from client where workspace_id = ?1 and id = cast(?2 as uuid))";
        memberships(workspaceId, person, clientId.toString(), m -> archive.json("memberships/" + m.get("id") + ".json", m));
        invitations(workspaceId, "i.client_id = cast(?2 as uuid)", clientId.toString(),
                i -> archive.json("invitations/" + i.get("id") + ".json", i));
    }

    private void memberships(WorkspaceId workspaceId, String where, String arg, Consumer<Map<String, Object>> out) {
        pages(workspaceId, "select m.id, m.person_id, p.display_name, p.email, m.role, m.custom_role_id, m.status, m.created_at, "
                + "m.removed_at from membership m left join person p on p.id = m.person_id where m.workspace_id = ?1", "(" + where + ")", arg,
                r -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", Rows.text(r[0]));
                    m.put("personId", Rows.text(r[1]));
                    m.put("name", r[2]);
                    m.put("email", r[3]);
                    m.put("role", lower(r[4]));
                    m.put("customRoleId", Rows.text(r[5]));
                    m.put("status", lower(r[6]));
                    m.put("createdAt", time(r[7]));
                    m.put("removedAt", time(r[8]));
                    out.accept(m);
                });
    }

    private void invitations(WorkspaceId workspaceId, String where, String arg, Consumer<Map<String, Object>> out) {
        pages(workspaceId, "select i.id, i.email, i.role, i.client_id, i.invited_by, i.status, i.created_at, i.expires_at, i.accepted_by, "
                + "i.accepted_at from invitation i where i.workspace_id = ?1", "(" + where + ")", arg, r -> {
                    Map<String, Object> i = new LinkedHashMap<>();
                    i.put("id", Rows.text(r[0]));
                    i.put("email", r[1]);
                    i.put("role", lower(r[2]));
                    i.put("clientId", Rows.text(r[3]));
                    i.put("invitedByPersonId", Rows.text(r[4]));
                    i.put("status", lower(r[5]));
                    i.put("createdAt", time(r[6]));
                    i.put("expiresAt", time(r[7]));
                    i.put("acceptedByPersonId", Rows.text(r[8]));
                    i.put("acceptedAt", time(r[9]));
                    out.accept(i);
                });
    }

    /**
     * Runs {@code select} (whose first column is the row's id, aliased or not) page by page in id order, the
     * workspace as ?1 and {@code arg} as ?2.
     */
    @SuppressWarnings("unchecked")
    private void pages(WorkspaceId workspaceId, String select, String where, String arg, Consumer<Object[]> each) {
        String idColumn = select.substring("select ".length(), select.indexOf(',')).strip();
        UUID after = null;
        while (true) {
            int afterParam = arg == null ? 2 : 3;
            String sql = select + " and " + where + (after == null ? "" : " and " + idColumn + " > cast(?" + afterParam + " as uuid)")
                    + " order by " + idColumn + " limit " + PAGE;
            var q = em.createNativeQuery(sql).setParameter(1, workspaceId.value());
            if (arg != null) {
                q.setParameter(2, arg);
            }
            if (after != null) {
                q.setParameter(afterParam, after.toString());
            }
            List<Object[]> rows = q.getResultList();
            rows.forEach(each);
            if (rows.size() < PAGE) {
                return;
            }
            after = Rows.uuid(rows.get(rows.size() - 1)[0]);
        }
    }

    private static String lower(Object value) {
        return value == null ? null : value.toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static String time(Object value) {
        return value == null ? null : Rows.instant(value).toString();
    }
}
