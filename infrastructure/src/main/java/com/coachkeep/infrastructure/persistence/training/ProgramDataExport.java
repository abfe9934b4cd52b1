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
 * given, as adjusted for them) and every log of theirs, as JSON and the sets as CSV. Rows are read a page at a time in
 * key order.
 */
@ApplicationScoped
public class ProgramDataExport implements PersonalDataExportPort {
    static final int PAGE = 100;

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;
    @Inject
    com.coachkeep.infrastructure.crypto.FieldCipher cipher;

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
                                              and the plan as adjusted for the client (decrypted; null once the
                                              client's key is destroyed)
                    logs/<id>.json            workout logs: date, duration, notes (decrypted; null once the client's key
                                              is destroyed), who logged it (on the client's behalf or not) and its sets
                                              beside the prescriptions they answer
                    sets.csv                  every logged set, one row each: date, log, exercise, type, reps, seconds,
                                              metres, load as entered and in kg, effort, done
                    records.csv               standing personal records, kept from the sets: client, exercise, reps (0:
                                              the best estimated one-rep max), kilograms, the day first reached (kept
                                              once the client's records were read or a workout logged since records
                                              were kept; sets.csv holds every set they come from)""";
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
        logs(workspaceId, null, archive);
    }

    @Override
    public void exportClient(WorkspaceId workspaceId, ClientId clientId, ExportArchivePort archive) {
        tenant.workspace(workspaceId);
        assigned(workspaceId, clientId, archive);
        logs(workspaceId, clientId, archive);
    }

    private void logs(WorkspaceId workspaceId, ClientId only, ExportArchivePort archive) {
        String clientFilter = only == null ? "" : " and client_id = '" + only.value() + "'::uuid";
        String after = "00000000-0000-0000-0000-000000000000";
        while (after != null) {
            List<Object[]> rows = rows("select id::text, client_id::text, program_id::text, day_key::text, performed_on::text, "
                    + "duration_seconds, notes_ct, logged_by::text, on_behalf, created_at, updated_at from workout_log "
                    + "where workspace_id = ?1 and id > cast(?2 as uuid)" + clientFilter + " order by id limit " + PAGE, workspaceId, after);
            for (Object[] r : rows) {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("id", r[0]);
                l.put("clientId", r[1]);
                l.put("programId", r[2]);
                l.put("dayKey", r[3]);
                l.put("performedOn", r[4]);
                l.put("durationSeconds", r[5]);
                l.put("notes", r[6] == null ? null : cipher.decrypt(JpaWorkoutLogRepository.location(workspaceId.value(),
                        java.util.UUID.fromString((String) r[1]), java.util.UUID.fromString((String) r[0])), (byte[]) r[6]).orElse(null));
                l.put("loggedByPersonId", r[7]);
                l.put("loggedOnBehalf", r[8]);
                l.put("createdAt", String.valueOf(Rows.instant(r[9])));
                l.put("updatedAt", String.valueOf(Rows.instant(r[10])));
                List<Map<String, Object>> sets = new java.util.ArrayList<>();
                for (Object[] s : rows("select id::text, exercise_id::text, set_type, reps, seconds, metres, load_amount, load_unit, "
                        + "effort_kind, effort_value, done, target::text from workout_set where workspace_id = ?1 "
                        + "and log_id = cast(?2 as uuid) order by position", workspaceId, (String) r[0])) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", s[0]);
                    m.put("exerciseId", s[1]);
                    m.put("type", Rows.text(s[2]).toLowerCase(java.util.Locale.ROOT));
                    m.put("reps", s[3]);
                    m.put("seconds", s[4]);
                    m.put("metres", s[5]);
                    m.put("loadAmount", s[6] == null ? null : s[6].toString());
                    m.put("loadUnit", s[7] == null ? null : Rows.text(s[7]).toLowerCase(java.util.Locale.ROOT));
                    m.put("effort", s[8] == null ? null : Rows.text(s[8]).toLowerCase(java.util.Locale.ROOT) + " " + s[9]);
                    m.put("done", s[10]);
                    m.put("target", s[11] == null ? null : json(s[11]));
                    sets.add(m);
                }
                l.put("sets", sets);
                archive.json("logs/" + r[0] + ".json", l);
            }
            after = rows.size() < PAGE ? null : (String) rows.get(rows.size() - 1)[0];
        }
        archive.csv("sets.csv", List.of("performedOn", "logId", "clientId", "exerciseId", "type", "reps", "seconds", "metres",
                "loadAmount", "loadUnit", "loadKg", "effort", "done"), new SetRows(workspaceId, only));
        archive.csv("records.csv", List.of("clientId", "exerciseId", "reps", "kilograms", "firstReachedOn"), new RecordRows(workspaceId, only));
    }

    /** The kept records, read a page at a time (in key order) as the archive writes them. */
    private final class RecordRows implements java.util.Iterator<List<String>> {
        private final WorkspaceId workspaceId;
        private final ClientId only;
        private final java.util.ArrayDeque<List<String>> buffer = new java.util.ArrayDeque<>();
        private Object[] after = {"00000000-0000-0000-0000-000000000000", "00000000-0000-0000-0000-000000000000", -1};

        RecordRows(WorkspaceId workspaceId, ClientId only) {
            this.workspaceId = workspaceId;
            this.only = only;
        }

        @Override
        @SuppressWarnings("unchecked")
        public boolean hasNext() {
            if (buffer.isEmpty() && after != null) {
                Query q = em.createNativeQuery("select client_id::text, exercise_id::text, reps, kilograms, performed_on::text "
                                + "from workout_record where workspace_id = ?1 and (client_id, exercise_id, reps) > "
                                + "(cast(?2 as uuid), cast(?3 as uuid), ?4)" + (only == null ? "" : " and client_id = '" + only.value() + "'::uuid")
                                + " order by client_id, exercise_id, reps limit 500")
                        .setParameter(1, workspaceId.value()).setParameter(2, after[0]).setParameter(3, after[1]).setParameter(4, after[2]);
                List<Object[]> rows = q.getResultList();
                for (Object[] r : rows) {
                    buffer.add(List.of((String) r[0], (String) r[1], r[2].toString(), Rows.text(r[3]), (String) r[4]));
                }
                after = rows.size() < 500 ? null : rows.get(rows.size() - 1);
            }
            return !buffer.isEmpty();
        }

        @Override
        public List<String> next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return buffer.poll();
        }
    }

    /** The sets, read a page at a time as the archive writes them. */
    private final class SetRows implements java.util.Iterator<List<String>> {
        private final WorkspaceId workspaceId;
        private final ClientId only;
        private java.util.ArrayDeque<List<String>> buffer = new java.util.ArrayDeque<>();
        private String after = "00000000-0000-0000-0000-000000000000";

        SetRows(WorkspaceId workspaceId, ClientId only) {
            this.workspaceId = workspaceId;
            this.only = only;
        }

        @Override
        public boolean hasNext() {
            if (buffer.isEmpty() && after != null) {
                List<Object[]> rows = rows("select id::text, performed_on::text, log_id::text, client_id::text, exercise_id::text, set_type, "
                        + "reps, seconds, metres, load_amount, load_unit, load_kg, effort_kind, effort_value, done from workout_set "
                        + "where workspace_id = ?1 and id > cast(?2 as uuid)" + (only == null ? "" : " and client_id = '" + only.value() + "'::uuid")
                        + " order by id limit 500", workspaceId, after);
                for (Object[] r : rows) {
                    List<String> line = new java.util.ArrayList<>();
                    for (int i = 1; i < r.length; i++) {
                        line.add(r[i] == null ? "" : (i == 12 ? Rows.text(r[i]) + " " + r[13] : Rows.text(r[i])));
                    }
                    line.remove(12);
                    buffer.add(line);
                }
                after = rows.size() < 500 ? null : (String) rows.get(rows.size() - 1)[0];
            }
            return !buffer.isEmpty();
        }

        @Override
        public List<String> next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return buffer.poll();
        }
    }

    private void assigned(WorkspaceId workspaceId, ClientId only, ExportArchivePort archive) {
        String after = "00000000-0000-0000-0000-000000000000";
        while (after != null) {
            List<Object[]> rows = rows("select id::text, client_id::text, template_id::text, template_version, name, start_date::text, "
                    + "plan::text, created_at, updated_at, plan_ct from assigned_program where workspace_id = ?1 and id > cast(?2 as uuid)"
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
                String plan = r[9] == null ? (String) r[6] : cipher.decrypt(JpaAssignedProgramRepository.location(workspaceId.value(),
                        java.util.UUID.fromString((String) r[1]), java.util.UUID.fromString((String) r[0])), (byte[]) r[9]).orElse(null);
                p.put("plan", plan == null ? null : json(plan));
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
