package com.coachkeep.infrastructure.persistence.checkin;

import com.coachkeep.checkin.domain.Answer;
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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Function;

/**
 * The check-in context's part of an export: each check-in as JSON (answers with the questions as asked, decrypted;
 * feedback), the body metrics as CSV (canonical and as entered, with their source), schedules as CSV; the workspace's
 * forms, measurement types and settings in the owner's export. Rows are read 500 at a time.
 */
@ApplicationScoped
public class CheckinDataExport implements PersonalDataExportPort {
    static final int PAGE = 500;

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;
    @Inject
    FieldCipher cipher;

    @Override
    public String feature() {
        return "checkin";
    }

    @Override
    public List<String> tables() {
        return CheckinErasure.TABLES;
    }

    @Override
    public String readme() {
        return """
                    checkins/<id>.json        check-ins: form and version, schedule occurrence, the answers with each question as
                                              it was asked, who submitted it (and whether staff did on the client's behalf),
                                              the coach's feedback and when it was reviewed
                    metrics.csv               body metrics: day, type, value in kg/cm/% and as entered with its unit, source
                                              (checkin, logged, imported)
                    schedules.csv             check-in schedules: form, recurrence, time zone, start and end, grace days
                    reminders.csv             the reminder and overdue emails sent: schedule, occurrence day, kind, when
                    forms/<id>-v<n>.json      the workspace's check-in forms, every version (workspace export only)
                    metric-types.csv          the workspace's own measurement types (workspace export only)""";
    }

    @Override
    public void exportWorkspace(WorkspaceId workspaceId, ExportArchivePort archive) {
        export(workspaceId, null, archive);
        tenant.workspace(workspaceId);
        @SuppressWarnings("unchecked")
        List<Object[]> forms = em.createNativeQuery("select id, version, name, questions, created_at from checkin_form where workspace_id = ?1 "
                + "order by id, version").setParameter(1, workspaceId.value()).getResultList();
        for (Object[] r : forms) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("id", Rows.text(r[0]));
            f.put("version", r[1]);
            f.put("name", r[2]);
            f.put("questions", CheckinSql.questions(Rows.text(r[3])).stream().map(q -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("key", q.key());
                m.put("type", q.type().wireName());
                m.put("text", q.text());
                m.put("required", q.required());
                m.put("unit", q.unit());
                m.put("options", q.options());
                m.put("poses", q.poses());
                return m;
            }).toList());
            f.put("createdAt", Rows.instant(r[4]).toString());
            archive.json("forms/" + r[0] + "-v" + r[1] + ".json", f);
        }
        archive.csv("metric-types.csv", List.of("key", "name", "dimension", "unit"), new Paged(workspaceId, null,
                "select key, name, lower(dimension), unit from metric_type", "key", false, CheckinDataExport::cells));
        @SuppressWarnings("unchecked")
        List<Object> target = em.createNativeQuery("select response_target_hours from checkin_settings where workspace_id = ?1")
                .setParameter(1, workspaceId.value()).getResultList();
        if (!target.isEmpty()) {
            archive.json("settings.json", Map.of("responseTargetHours", target.get(0)));
        }
    }

    @Override
    public void exportClient(WorkspaceId workspaceId, ClientId clientId, ExportArchivePort archive) {
        export(workspaceId, clientId, archive);
    }

    private void export(WorkspaceId workspaceId, ClientId only, ExportArchivePort archive) {
        tenant.workspace(workspaceId);
        UUID ws = workspaceId.value();
        archive.csv("metrics.csv", List.of("id", "clientId", "type", "measuredOn", "value", "enteredValue", "enteredUnit", "source", "checkinId",
                "recordedBy", "recordedAt"), new Paged(workspaceId, only, "select id, client_id, type_key, measured_on, value, entered_value, "
                + "entered_unit, lower(source), checkin_id, recorded_by, recorded_at from body_metric", "id", true, CheckinDataExport::cells));
        archive.csv("schedules.csv", List.of("id", "clientId", "formId", "kind", "everyWeeks", "weekday", "dayOfMonth", "onDay", "timeZone",
                "startsOn", "endsOn", "graceDays", "createdAt"), new Paged(workspaceId, only, "select id, client_id, form_id, lower(kind), every_weeks, "
                + "lower(weekday), day_of_month, on_day, time_zone, starts_on, ends_on, grace_days, created_at from checkin_schedule", "id", true,
                CheckinDataExport::cells));
        archive.csv("reminders.csv", List.of("id", "clientId", "scheduleId", "occurrenceOn", "kind", "sentAt"), new Paged(workspaceId, only,
                "select id, client_id, schedule_id, occurrence_on, lower(kind), sent_at from checkin_reminder", "id", true, CheckinDataExport::cells));
        Iterator<Object[]> rows = new Paged(workspaceId, only, "select id, client_id, form_id, form_version, schedule_id, occurrence_on, answers_ct, "
                + "submitted_by, on_behalf, submitted_at, updated_at, reviewed_by, reviewed_at, feedback_ct from checkin", "id", true, x -> x).rows();
        while (rows.hasNext()) {
            Object[] r = rows.next();
            UUID id = Rows.uuid(r[0]);
            UUID client = Rows.uuid(r[1]);
            String answers = CheckinSql.decrypt(cipher, ws, client, JpaCheckinRepository.TABLE, "answers_ct", id, r[6]);
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", id.toString());
            c.put("clientId", client.toString());
            c.put("formId", Rows.text(r[2]));
            c.put("formVersion", r[3]);
            c.put("scheduleId", Rows.text(r[4]));
            c.put("occurrenceOn", Rows.text(r[5]));
            c.put("erased", answers == null);
            List<Map<String, Object>> list = new ArrayList<>();
            for (Answer a : CheckinSql.answers(answers)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("question", a.questionKey());
                m.put("questionText", a.questionText());
                m.put("type", a.type().wireName());
                m.put("unit", a.unit());
                m.put("value", a.value());
                list.add(m);
            }
            c.put("answers", list);
            c.put("submittedBy", Rows.text(r[7]));
            c.put("onBehalf", r[8]);
            c.put("submittedAt", Rows.instant(r[9]).toString());
            c.put("updatedAt", Rows.instant(r[10]).toString());
            c.put("reviewedBy", Rows.text(r[11]));
            c.put("reviewedAt", r[12] == null ? null : Rows.instant(r[12]).toString());
            c.put("feedback", CheckinSql.decrypt(cipher, ws, client, JpaCheckinRepository.TABLE, "feedback_ct", id, r[13]));
            archive.json("checkins/" + id + ".json", c);
        }
    }

    private static List<String> cells(Object[] r) {
        List<String> out = new ArrayList<>(r.length);
        for (Object x : r) {
            out.add(x == null ? "" : x instanceof java.sql.Timestamp || x instanceof java.time.OffsetDateTime ? Rows.instant(x).toString()
                    : x instanceof java.math.BigDecimal b ? b.stripTrailingZeros().toPlainString() : x.toString().strip());
        }
        return out;
    }

    /** The rows of one table of the workspace (or of one client), {@link #PAGE} at a time in key order (keyset paging on one column). */
    private final class Paged implements Iterator<List<String>> {
        private final WorkspaceId workspaceId;
        private final ClientId only;
        private final String select;
        private final String key;
        private final boolean uuidKey;
        private final Function<Object[], ?> map;
        private List<Object[]> page = List.of();
        private int index;
        private Object lastKey;
        private boolean exhausted;

        Paged(WorkspaceId workspaceId, ClientId only, String select, String key, boolean uuidKey, Function<Object[], ?> map) {
            this.workspaceId = workspaceId;
            this.only = only;
            this.select = select;
            this.key = key;
            this.uuidKey = uuidKey;
            this.map = map;
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
            StringBuilder sql = new StringBuilder(select).append(" where workspace_id = ?1");
            if (only != null) {
                sql.append(" and client_id = ?2");
            }
            if (lastKey != null) {
                sql.append(" and ").append(key).append(uuidKey ? " > cast(?3 as uuid)" : " > ?3");
            }
            sql.append(" order by ").append(key).append(" limit ").append(PAGE);
            var q = em.createNativeQuery(sql.toString()).setParameter(1, workspaceId.value());
            if (only != null) {
                q.setParameter(2, only.value());
            }
            if (lastKey != null) {
                q.setParameter(3, Rows.text(lastKey));
            }
            page = q.getResultList();
            index = 0;
            exhausted = page.size() < PAGE;
            if (!page.isEmpty()) {
                lastKey = page.get(page.size() - 1)[0];
            }
            return !page.isEmpty();
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<String> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return (List<String>) map.apply(page.get(index++));
        }

        Iterator<Object[]> rows() {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return Paged.this.hasNext();
                }

                @Override
                public Object[] next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return page.get(index++);
                }
            };
        }
    }
}
