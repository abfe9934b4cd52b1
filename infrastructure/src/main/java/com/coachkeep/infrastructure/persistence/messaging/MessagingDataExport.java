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
                    conversations/<id>.json   a client's conversation with their coaching team: every message in order
                                              (author, whether staff wrote it, text as sent, what it is about, sent, edited
                                              and deleted times, the ids of its attachments, whose files are in
                                              message-attachments/; a deleted message without its text), read receipts,
                                              messages scheduled to be sent later, and the announcements the client was
                                              among the recipients of (their message is in the conversation)
                    announcements/<id>.json   (the workspace's export) announcements: text, segment, progress, recipients
                    office-hours.json         (the workspace's export) office hours and whether clients get automatic replies""";
    }

    @Override
    @SuppressWarnings("unchecked")
    public void exportWorkspace(WorkspaceId workspaceId, ExportArchivePort archive) {
        tenant.workspace(workspaceId);
        for (UUID client : clients(workspaceId, null)) {
            export(workspaceId, client, archive);
        }
        UUID ws = workspaceId.value();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select id, author_id, text_ct, segment_tag, segment_status, total, sent, "
                + "skipped, status, created_at, finished_at from announcement where workspace_id = ?1 order by created_at, id")
                .setParameter(1, ws).getResultList()) {
            UUID id = Rows.uuid(r[0]);
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", id.toString());
            a.put("authorId", Rows.text(r[1]));
            a.put("text", cipher.decrypt(JpaAnnouncementRepository.location(ws, id), (byte[]) r[2]).orElse(null));
            a.put("segmentTag", Rows.text(r[3]));
            a.put("segmentStatus", Rows.text(r[4]));
            a.put("total", ((Number) r[5]).intValue());
            a.put("sent", ((Number) r[6]).intValue());
            a.put("skipped", ((Number) r[7]).intValue());
            a.put("status", Rows.text(r[8]).toLowerCase(java.util.Locale.ROOT));
            a.put("createdAt", Rows.instant(r[9]).toString());
            a.put("finishedAt", r[10] == null ? null : Rows.instant(r[10]).toString());
            a.put("recipients", ((List<Object[]>) em.createNativeQuery("select client_id, lower(status) from announcement_recipient "
                    + "where workspace_id = ?1 and announcement_id = ?2 order by position").setParameter(1, ws).setParameter(2, id)
                    .getResultList()).stream().map(x -> Map.of("clientId", Rows.text(x[0]), "status", Rows.text(x[1]))).toList());
            archive.json("announcements/" + id + ".json", a);
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select time_zone, hours, auto_reply, updated_at from messaging_settings "
                + "where workspace_id = ?1").setParameter(1, ws).getResultList()) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("timeZone", Rows.text(r[0]));
            h.put("hours", Rows.text(r[1]));
            h.put("autoReply", Boolean.TRUE.equals(r[2]));
            h.put("updatedAt", Rows.instant(r[3]).toString());
            archive.json("office-hours.json", h);
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
        String filter = only == null ? "" : " and client_id = ?2";
        var q = em.createNativeQuery("select client_id from conversation where workspace_id = ?1" + filter
                + " union select client_id from scheduled_message where workspace_id = ?1" + filter
                + " union select client_id from announcement_recipient where workspace_id = ?1" + filter + " order by 1")
                .setParameter(1, workspaceId.value());
        if (only != null) {
            q.setParameter(2, only);
        }
        return ((List<Object>) q.getResultList()).stream().map(Rows::uuid).toList();
    }

    @SuppressWarnings("unchecked")
    private void export(WorkspaceId workspaceId, UUID client, ExportArchivePort archive) {
        UUID ws = workspaceId.value();
        Map<String, List<String>> attachments = new LinkedHashMap<>(); // a message's attachments (message-attachments/ holds them)
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select message_id, id from message_attachment where workspace_id = ?1 "
                        + "and client_id = ?2 and message_id is not null order by message_id, position").setParameter(1, ws)
                .setParameter(2, client).getResultList()) {
            attachments.computeIfAbsent(Rows.text(r[0]), k -> new ArrayList<>()).add(Rows.text(r[1]));
        }
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
                m.put("attachments", attachments.getOrDefault(id.toString(), List.of()));
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
        List<Map<String, Object>> scheduled = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select id, author_id, from_staff, text_ct, about_type, about_id, send_at, "
                        + "created_at from scheduled_message where workspace_id = ?1 and client_id = ?2 order by send_at, id")
                .setParameter(1, ws).setParameter(2, client).getResultList()) {
            UUID id = Rows.uuid(r[0]);
            String text = cipher.decrypt(JpaScheduledMessageRepository.location(ws, client, id), (byte[]) r[3]).orElse(null);
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", id.toString());
            x.put("authorId", Rows.text(r[1]));
            x.put("fromStaff", Boolean.TRUE.equals(r[2]));
            x.put("text", text);
            x.put("erased", text == null);
            x.put("aboutType", Rows.text(r[4]));
            x.put("aboutId", Rows.text(r[5]));
            x.put("sendAt", Rows.instant(r[6]).toString());
            x.put("createdAt", Rows.instant(r[7]).toString());
            scheduled.add(x);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("clientId", client.toString());
        doc.put("messages", messages);
        doc.put("receipts", receipts);
        doc.put("scheduled", scheduled);
        doc.put("announcements", ((List<Object[]>) em.createNativeQuery("select announcement_id, lower(status) from announcement_recipient "
                        + "where workspace_id = ?1 and client_id = ?2 order by announcement_id").setParameter(1, ws).setParameter(2, client)
                .getResultList()).stream().map(x -> Map.of("announcementId", Rows.text(x[0]), "status", Rows.text(x[1]))).toList());
        archive.json("conversations/" + client + ".json", doc);
    }
}
