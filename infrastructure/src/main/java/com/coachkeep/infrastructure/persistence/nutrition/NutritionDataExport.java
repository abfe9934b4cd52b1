package com.coachkeep.infrastructure.persistence.nutrition;

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
 * The nutrition context's part of an export, for the client's own archive and the owner's: long series as CSV (targets,
 * logs, meals, check-offs: one row each, read 500 at a time), habits and settings as JSON; free text decrypted (empty,
 * and {@code erased} true, where the client's key was destroyed).
 */
@ApplicationScoped
public class NutritionDataExport implements PersonalDataExportPort {
    static final int PAGE = 500;

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;
    @Inject
    FieldCipher cipher;

    @Override
    public String feature() {
        return "nutrition";
    }

    @Override
    public List<String> tables() {
        return NutritionErasure.TABLES;
    }

    @Override
    public String readme() {
        return """
                    targets.csv               nutrition targets by day type, each applying from its date (kcal, grams, ml)
                    logs.csv                  daily nutrition logs: the client's local day, day type, totals, water, note,
                                              whether staff logged it on the client's behalf
                    meals.csv                 the meals of those logs, macronutrients as logged, name and note
                    habits/<id>.json          habits assigned to the client: title, description, schedule, start, archiving
                    habit-check-offs.csv      the days each habit was checked off, in the client's calendar
                    settings/<client>.json    adherence tolerance set by the coach and the client's time zone""";
    }

    @Override
    public void exportWorkspace(WorkspaceId workspaceId, ExportArchivePort archive) {
        export(workspaceId, null, archive);
    }

    @Override
    public void exportClient(WorkspaceId workspaceId, ClientId clientId, ExportArchivePort archive) {
        export(workspaceId, clientId, archive);
    }

    private void export(WorkspaceId workspaceId, ClientId only, ExportArchivePort archive) {
        tenant.workspace(workspaceId);
        UUID ws = workspaceId.value();
        archive.csv("targets.csv", List.of("id", "clientId", "dayType", "effectiveFrom", "calories", "protein", "carbohydrate", "fat", "fibre",
                "waterMl", "setBy", "createdAt"), new Paged(workspaceId, only, "select id, client_id, lower(day_type), effective_from, calories, "
                + "protein_g, carbohydrate_g, fat_g, fibre_g, water_ml, set_by, created_at from nutrition_target", r -> cells(r)));
        archive.csv("logs.csv", List.of("id", "clientId", "day", "dayType", "entry", "calories", "protein", "carbohydrate", "fat", "fibre",
                "waterMl", "note", "loggedBy", "onBehalf", "createdAt", "updatedAt"), new Paged(workspaceId, only,
                "select id, client_id, day, lower(day_type), lower(entry), calories, protein_g, carbohydrate_g, fat_g, fibre_g, water_ml, "
                        + "note_ct, logged_by, on_behalf, created_at, updated_at from nutrition_log", r -> {
                    r[11] = NutritionSql.decrypt(cipher, ws, Rows.uuid(r[1]), JpaNutritionLogRepository.LOG, "note_ct", Rows.uuid(r[0]), r[11]);
                    return cells(r);
                }));
        archive.csv("meals.csv", List.of("id", "clientId", "logId", "position", "eatenAt", "calories", "protein", "carbohydrate", "fat", "fibre",
                "name", "note"), new Paged(workspaceId, only, "select id, client_id, log_id, position, eaten_at, calories, protein_g, "
                + "carbohydrate_g, fat_g, fibre_g, name_ct, note_ct from nutrition_meal", r -> {
                    UUID client = Rows.uuid(r[1]);
                    UUID id = Rows.uuid(r[0]);
                    r[10] = NutritionSql.decrypt(cipher, ws, client, JpaNutritionLogRepository.MEAL, "name_ct", id, r[10]);
                    r[11] = NutritionSql.decrypt(cipher, ws, client, JpaNutritionLogRepository.MEAL, "note_ct", id, r[11]);
                    return cells(r);
                }));
        archive.csv("habit-check-offs.csv", List.of("habitId", "clientId", "day", "checkedBy", "checkedAt"), new Paged(workspaceId, only,
                "select habit_id, client_id, day, checked_by, checked_at from habit_check_off", r -> cells(r)));
        for (Object[] r : new Iterable<Object[]>() {
            @Override
            public Iterator<Object[]> iterator() {
                return new Paged(workspaceId, only, "select id, client_id, title_ct, description_ct, lower(schedule_kind), times_per_week, "
                        + "weekdays, starts_on, archived_on, created_by, created_at, updated_at from habit", x -> x).rows();
            }
        }) {
            UUID id = Rows.uuid(r[0]);
            UUID client = Rows.uuid(r[1]);
            String title = NutritionSql.decrypt(cipher, ws, client, JpaHabitRepository.TABLE, "title_ct", id, r[2]);
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("id", id.toString());
            h.put("clientId", client.toString());
            h.put("title", title);
            h.put("description", NutritionSql.decrypt(cipher, ws, client, JpaHabitRepository.TABLE, "description_ct", id, r[3]));
            h.put("erased", title == null);
            h.put("schedule", r[4]);
            h.put("timesPerWeek", r[5]);
            h.put("weekdays", r[6] == null ? null : List.of(r[6].toString().toLowerCase(java.util.Locale.ROOT).split(",")));
            h.put("startsOn", Rows.text(r[7]));
            h.put("archivedOn", Rows.text(r[8]));
            h.put("createdBy", Rows.text(r[9]));
            h.put("createdAt", Rows.instant(r[10]).toString());
            h.put("updatedAt", Rows.instant(r[11]).toString());
            archive.json("habits/" + id + ".json", h);
        }
        for (Object[] r : new Iterable<Object[]>() {
            @Override
            public Iterator<Object[]> iterator() {
                return new Paged(workspaceId, only, "select client_id, time_zone, calories_tolerance_pct, protein_minimum_pct, "
                        + "carbohydrate_tolerance_pct, fat_tolerance_pct, updated_at from nutrition_settings", x -> x, "client_id").rows();
            }
        }) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("clientId", Rows.text(r[0]));
            s.put("timeZone", r[1]);
            s.put("caloriesTolerancePercent", r[2]);
            s.put("proteinMinimumPercent", r[3]);
            s.put("carbohydrateTolerancePercent", r[4]);
            s.put("fatTolerancePercent", r[5]);
            s.put("updatedAt", Rows.instant(r[6]).toString());
            archive.json("settings/" + r[0] + ".json", s);
        }
    }

    private static List<String> cells(Object[] r) {
        List<String> out = new ArrayList<>(r.length);
        for (Object x : r) {
            out.add(x == null ? "" : x instanceof java.sql.Timestamp || x instanceof java.time.OffsetDateTime ? Rows.instant(x).toString()
                    : x.toString().strip());
        }
        return out;
    }

    /**
     * The rows of one table of the workspace (or of one client), {@link #PAGE} at a time in key order as the archive asks
     * for them, so memory does not grow with the history. Its first column must be the key ({@code id}, or as named).
     */
    private final class Paged implements Iterator<List<String>> {
        private final WorkspaceId workspaceId;
        private final ClientId only;
        private final String select;
        private final Function<Object[], ?> map;
        private final String key;
        private List<Object[]> page = List.of();
        private int index;
        private Object[] last;
        private boolean exhausted;

        Paged(WorkspaceId workspaceId, ClientId only, String select, Function<Object[], ?> map) {
            this(workspaceId, only, select, map, null);
        }

        Paged(WorkspaceId workspaceId, ClientId only, String select, Function<Object[], ?> map, String key) {
            this.workspaceId = workspaceId;
            this.only = only;
            this.select = select;
            this.map = map;
            this.key = key;
        }

        /** The key columns: a table's own key, for keyset paging. */
        private String keyColumns() {
            if (key != null) {
                return key;
            }
            return select.contains("from habit_check_off") ? "habit_id, day" : "id";
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
            String keys = keyColumns();
            boolean pair = keys.contains(",");
            StringBuilder sql = new StringBuilder(select).append(" where workspace_id = ?1");
            if (only != null) {
                sql.append(" and client_id = ?2");
            }
            if (last != null) {
                sql.append(pair ? " and (habit_id, day) > (cast(?3 as uuid), cast(?4 as date))" : " and " + keys + " > cast(?3 as uuid)");
            }
            sql.append(" order by ").append(keys).append(" limit ").append(PAGE);
            var q = em.createNativeQuery(sql.toString()).setParameter(1, workspaceId.value());
            if (only != null) {
                q.setParameter(2, only.value());
            }
            if (last != null) {
                q.setParameter(3, Rows.text(last[0]));
                if (pair) {
                    q.setParameter(4, Rows.text(last[2]));
                }
            }
            page = q.getResultList();
            index = 0;
            exhausted = page.size() < PAGE;
            if (!page.isEmpty()) {
                last = page.get(page.size() - 1).clone();
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

        /** The raw rows instead of CSV cells. */
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
