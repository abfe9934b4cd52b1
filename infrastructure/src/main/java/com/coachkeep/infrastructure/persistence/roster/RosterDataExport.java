package com.coachkeep.infrastructure.persistence.roster;

import com.coachkeep.infrastructure.crypto.FieldCipher;
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
import jakarta.persistence.Query;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The roster's part of an export: client records and coach notes, the notes decrypted (a note whose client's key was
 * destroyed is written with {@code "body": null, "erased": true}). A client's own export holds their record and the
 * notes about them: notes are the client's personal data, which the right of access (GDPR Art. 15) covers (see
 * docs/data-export.md). Rows are read 200 at a time in id order as plain values, so memory does not grow with the
 * roster.
 */
@ApplicationScoped
public class RosterDataExport implements PersonalDataExportPort {
    static final int PAGE = 200;
    private static final String CLIENT_COLUMNS = "id, display_name, email, person_id, assigned_coach_id, tags, status, created_at, updated_at";
    private static final String NOTE_COLUMNS = "n.id, n.client_id, n.author_id, p.display_name, n.body, n.body_ct, n.created_at";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;
    @Inject
    FieldCipher cipher;

    @Override
    public String feature() {
        return "roster";
    }

    @Override
    public List<String> tables() {
        // one list of the roster's tables, for its erasure and its export alike
        return RosterErasure.TABLES;
    }

    @Override
    public String readme() {
        return """
                    clients/<id>.json         client records (name, email, assigned coach membership, tags, status, dates)
                    notes/<id>.json           coach notes, decrypted: client, author, time and text; "erased": true and
                                              "body": null for a note whose client's key was destroyed""";
    }

    @Override
    public void exportWorkspace(WorkspaceId workspaceId, ExportArchivePort archive) {
        export(workspaceId, null, archive);
    }

    @Override
    public void exportClient(WorkspaceId workspaceId, ClientId clientId, ExportArchivePort archive) {
        export(workspaceId, clientId, archive);
    }

    @SuppressWarnings("unchecked")
    private void export(WorkspaceId workspaceId, ClientId only, ExportArchivePort archive) {
        tenant.workspace(workspaceId);
        UUID after = null;
        do {
            List<Object[]> rows = page("select " + CLIENT_COLUMNS + " from client where workspace_id = ?1", "id", "id", workspaceId, only, after);
            for (Object[] r : rows) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("id", Rows.text(r[0]));
                c.put("displayName", r[1]);
                c.put("email", r[2]);
                c.put("personId", Rows.text(r[3]));
                c.put("assignedCoachMembershipId", Rows.text(r[4]));
                String tags = (String) r[5];
                c.put("tags", tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split(",")));
                c.put("status", r[6].toString().toLowerCase(java.util.Locale.ROOT));
                c.put("createdAt", time(r[7]));
                c.put("updatedAt", time(r[8]));
                archive.json("clients/" + c.get("id") + ".json", c);
            }
            after = rows.size() < PAGE ? null : Rows.uuid(rows.get(rows.size() - 1)[0]);
        } while (after != null);
        do {
            List<Object[]> rows = page("select " + NOTE_COLUMNS + " from coach_note n left join person p on p.id = n.author_id "
                    + "where n.workspace_id = ?1", "n.id", "n.client_id", workspaceId, only, after);
            for (Object[] r : rows) {
                UUID id = Rows.uuid(r[0]);
                UUID client = Rows.uuid(r[1]);
                String body = r[5] != null
                        ? cipher.decrypt(JpaCoachNoteRepository.location(workspaceId.value(), client, id), (byte[]) r[5]).orElse(null)
                        : (String) r[4];
                Map<String, Object> n = new LinkedHashMap<>();
                n.put("id", id.toString());
                n.put("clientId", client.toString());
                n.put("authorPersonId", Rows.text(r[2]));
                n.put("authorName", r[3]);
                n.put("createdAt", time(r[6]));
                n.put("body", body);
                n.put("erased", body == null);
                archive.json("notes/" + id + ".json", n);
            }
            after = rows.size() < PAGE ? null : Rows.uuid(rows.get(rows.size() - 1)[0]);
        } while (after != null);
    }

    /** One page of {@code select}, in {@code idColumn} order, of one client's rows ({@code clientColumn}) or of all. */
    @SuppressWarnings("unchecked")
    private List<Object[]> page(String select, String idColumn, String clientColumn, WorkspaceId workspaceId, ClientId only,
            UUID after) {
        StringBuilder sql = new StringBuilder(select);
        int param = 2;
        if (only != null) {
            sql.append(" and ").append(clientColumn).append(" = cast(?").append(param++).append(" as uuid)");
        }
        if (after != null) {
            sql.append(" and ").append(idColumn).append(" > cast(?").append(param).append(" as uuid)");
        }
        sql.append(" order by ").append(idColumn).append(" limit ").append(PAGE);
        Query q = em.createNativeQuery(sql.toString()).setParameter(1, workspaceId.value());
        param = 2;
        if (only != null) {
            q.setParameter(param++, only.toString());
        }
        if (after != null) {
            q.setParameter(param, after.toString());
        }
        return q.getResultList();
    }

    private static String time(Object value) {
        return value == null ? null : Rows.instant(value).toString();
    }
}
