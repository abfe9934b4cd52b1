package com.coachkeep.infrastructure.persistence.messaging;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The messaging context's part of an export: one JSON document per conversation with its messages in order (text
 * decrypted; a deleted message as its tombstone; {@code erased} where the client's key was destroyed) and its
 * participants' read receipts. Messages are read 500 at a time.
 */
@ApplicationScoped
public class MessagingDataExport implements PersonalDataExportPort {
    static final int PAGE = 500;

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;
    @Inject
    FieldCipher cipher;

    @Override
    public String feature() {
        return "messaging";
    }

    @Override
    public List<String> tables() {
        return MessagingErasure.TABLES;
    }

    @Override
    public String readme() {
        return """
                    conversations/<client>.json  the client's conversation with their coaching team: every message in order
                                              (author, whether staff wrote it, text as sent, what it is about, sent, edited
                                              and deleted times; a deleted message without its text) and read receipts""";
    }

    @Override
    public void exportWorkspace(WorkspaceId workspaceId, ExportArchivePort archive) {
        tenant.workspace(workspaceId);
        for (UUID client : clients(workspaceId, null)) {
            export(workspaceId, client, archive);
        }
    }

    @Override
    public void exportClient(WorkspaceId workspaceId, ClientId clientId, ExportArchivePort archive) {
        tenant.workspace(workspaceId);
        for (UUID client : clients(workspaceId, clientId.value())) {
            export(workspaceId, client, archive);
        }
    }

    @SuppressWarnings("unchecked")
    private List<UUID> clients(WorkspaceId workspaceId, UUID only) {
        var q = em.createNativeQuery("select client_id from conversation where workspace_id = ?1" + (only == null ? "" : " and client_id = ?2")
                + " order by client_id").setParameter(1, workspaceId.value());
        if (only != null) {
            q.setParameter(2, only);
        }
        return ((List<Object>) q.getResultList()).stream().map(Rows::uuid).toList();
    }

    @SuppressWarnings("unchecked")
    private void export(WorkspaceId workspaceId, UUID client, ExportArchivePort archive) {
        UUID ws = workspaceId.value();
        List<Map<String, Object>> messages = new ArrayList<>();
        long after = -1;
        while (true) {
            List<Object[]> rows = em.createNativeQuery("select id, seq, author_id, from_staff, text_ct, about_type, about_id, sent_at, edited_at, "
                            + "deleted_at from message where workspace_id = ?1 and client_id = ?2 and seq > ?3 order by seq limit " + PAGE)
                    .setParameter(1, ws).setParameter(2, client).setParameter(3, after).getResultList();
            for (Object[] r : rows) {
                UUID id = Rows.uuid(r[0]);
                String text = r[4] == null ? null : cipher.decrypt(JpaMessageRepository.location(ws, client, id), (byte[]) r[4]).orElse(null);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", id.toString());
                m.put("seq", ((Number) r[1]).longValue());
                m.put("authorId", Rows.text(r[2]));
                m.put("fromStaff", Boolean.TRUE.equals(r[3]));
                m.put("text", text);
                m.put("erased", r[4] != null && text == null);
                m.put("aboutType", Rows.text(r[5]));
                m.put("aboutId", Rows.text(r[6]));
                m.put("sentAt", Rows.instant(r[7]).toString());
                m.put("editedAt", r[8] == null ? null : Rows.instant(r[8]).toString());
                m.put("deletedAt", r[9] == null ? null : Rows.instant(r[9]).toString());
                messages.add(m);
                after = ((Number) r[1]).longValue();
            }
            if (rows.size() < PAGE) {
                break;
            }
        }
        List<Map<String, Object>> receipts = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select person_id, staff, read_seq, read_at from message_read "
                        + "where workspace_id = ?1 and client_id = ?2 order by person_id").setParameter(1, ws).setParameter(2, client)
                .getResultList()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("personId", Rows.text(r[0]));
            x.put("staff", Boolean.TRUE.equals(r[1]));
            x.put("readSeq", ((Number) r[2]).longValue());
            x.put("readAt", Rows.instant(r[3]).toString());
            receipts.add(x);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("clientId", client.toString());
        doc.put("messages", messages);
        doc.put("receipts", receipts);
        archive.json("conversations/" + client + ".json", doc);
    }
}
