package com.coachkeep.infrastructure.persistence.nutrition;

import com.coachkeep.infrastructure.crypto.FieldCipher;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.nutrition.application.port.out.NutritionLogRepository;
import com.coachkeep.nutrition.domain.Compliance.LoggedDay;
import com.coachkeep.nutrition.domain.DayType;
import com.coachkeep.nutrition.domain.Macros;
import com.coachkeep.nutrition.domain.Meal;
import com.coachkeep.nutrition.domain.NutritionLog;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Daily logs and their meals. A replaced log's meals are deleted and written again in the order sent (a log holds at
 * most 30). The day's note and each meal's name and note are encrypted under the client's key. Compliance reads only
 * the days' totals, from the unique index on (workspace, client, day) that also carries them.
 */
@ApplicationScoped
public class JpaNutritionLogRepository implements NutritionLogRepository {
    static final String LOG = "nutrition_log";
    static final String MEAL = "nutrition_meal";
    static final String LOG_COLUMNS = "id, client_id, day, day_type, entry, calories, protein_g, carbohydrate_g, fat_g, fibre_g, water_ml, "
            + "note_ct, logged_by, on_behalf, created_at, updated_at, version";
    static final String MEAL_COLUMNS = "log_id, id, position, eaten_at, calories, protein_g, carbohydrate_g, fat_g, fibre_g, name_ct, note_ct";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;
    @Inject
    FieldCipher cipher;

    @Override
    public Optional<NutritionLog> find(WorkspaceId workspaceId, ClientId clientId, UUID id) {
        tenant.workspace(workspaceId);
        List<NutritionLog> found = read(workspaceId, " and client_id = ?2 and id = ?3", clientId.value(), id);
        return found.stream().findFirst();
    }

    @Override
    public boolean idTaken(WorkspaceId workspaceId, UUID id) {
        tenant.workspace(workspaceId);
        return !em.createNativeQuery("select 1 from nutrition_log where workspace_id = ?1 and id = ?2")
                .setParameter(1, workspaceId.value()).setParameter(2, id).getResultList().isEmpty();
    }

    @Override
    public Optional<UUID> idOfDay(WorkspaceId workspaceId, ClientId clientId, LocalDate day) {
        tenant.workspace(workspaceId);
        List<?> ids = em.createNativeQuery("select id::text from nutrition_log where workspace_id = ?1 and client_id = ?2 "
                        + "and day = cast(?3 as date)")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).setParameter(3, NutritionSql.param(day))
                .getResultList();
        return ids.stream().findFirst().map(x -> UUID.fromString(x.toString()));
    }

    @Override
    public void save(NutritionLog log, boolean isNew) {
        tenant.workspace(log.workspaceId());
        UUID ws = log.workspaceId().value();
        UUID client = log.clientId().value();
        byte[] note = NutritionSql.encrypt(cipher, ws, client, LOG, "note_ct", log.id(), log.note());
        Macros t = log.totals();
        if (isNew) {
            em.createNativeQuery("insert into nutrition_log (workspace_id, " + LOG_COLUMNS + ") values (?1, ?2, ?3, cast(?4 as date), ?5, ?6, "
                            + "?7, ?8, ?9, ?10, cast(?11 as numeric), cast(?12 as integer), cast(?13 as bytea), cast(?14 as uuid), ?15, ?16, ?17, 0)")
                    .setParameter(1, ws).setParameter(2, log.id()).setParameter(3, client).setParameter(4, NutritionSql.param(log.day()))
                    .setParameter(5, log.dayType().name()).setParameter(6, log.entry().name())
                    .setParameter(7, NutritionSql.decimal(t.calories())).setParameter(8, NutritionSql.decimal(t.protein()))
                    .setParameter(9, NutritionSql.decimal(t.carbohydrate())).setParameter(10, NutritionSql.decimal(t.fat()))
                    .setParameter(11, NutritionSql.decimal(t.fibre())).setParameter(12, log.waterMl()).setParameter(13, note)
                    .setParameter(14, log.loggedBy() == null ? null : log.loggedBy().value().toString())
                    .setParameter(15, log.onBehalf()).setParameter(16, Persistence.toDb(log.createdAt()))
                    .setParameter(17, Persistence.toDb(log.updatedAt()))
                    .executeUpdate();
        } else {
            em.createNativeQuery("delete from nutrition_meal where workspace_id = ?1 and log_id = ?2").setParameter(1, ws)
                    .setParameter(2, log.id()).executeUpdate();
            em.createNativeQuery("update nutrition_log set day = cast(?3 as date), day_type = ?4, entry = ?5, calories = ?6, protein_g = ?7, "
                            + "carbohydrate_g = ?8, fat_g = ?9, fibre_g = cast(?10 as numeric), water_ml = cast(?11 as integer), "
                            + "note_ct = cast(?12 as bytea), logged_by = cast(?13 as uuid), on_behalf = ?14, updated_at = ?15, "
                            + "version = version + 1 where workspace_id = ?1 and id = ?2")
                    .setParameter(1, ws).setParameter(2, log.id()).setParameter(3, NutritionSql.param(log.day()))
                    .setParameter(4, log.dayType().name()).setParameter(5, log.entry().name())
                    .setParameter(6, NutritionSql.decimal(t.calories())).setParameter(7, NutritionSql.decimal(t.protein()))
                    .setParameter(8, NutritionSql.decimal(t.carbohydrate())).setParameter(9, NutritionSql.decimal(t.fat()))
                    .setParameter(10, NutritionSql.decimal(t.fibre())).setParameter(11, log.waterMl()).setParameter(12, note)
                    .setParameter(13, log.loggedBy() == null ? null : log.loggedBy().value().toString())
                    .setParameter(14, log.onBehalf()).setParameter(15, Persistence.toDb(log.updatedAt()))
                    .executeUpdate();
        }
        int position = 0;
        for (Meal m : log.meals()) {
            Macros x = m.macros();
            em.createNativeQuery("insert into nutrition_meal (workspace_id, client_id, " + MEAL_COLUMNS + ") values (?1, ?2, ?3, ?4, ?5, "
                            + "cast(?6 as time), ?7, ?8, ?9, ?10, cast(?11 as numeric), ?12, cast(?13 as bytea))")
                    .setParameter(1, ws).setParameter(2, client).setParameter(3, log.id()).setParameter(4, m.id()).setParameter(5, position++)
                    .setParameter(6, m.eatenAt() == null ? null : m.eatenAt().toString())
                    .setParameter(7, NutritionSql.decimal(x.calories())).setParameter(8, NutritionSql.decimal(x.protein()))
                    .setParameter(9, NutritionSql.decimal(x.carbohydrate())).setParameter(10, NutritionSql.decimal(x.fat()))
                    .setParameter(11, NutritionSql.decimal(x.fibre()))
                    .setParameter(12, NutritionSql.encrypt(cipher, ws, client, MEAL, "name_ct", m.id(), m.name()))
                    .setParameter(13, NutritionSql.encrypt(cipher, ws, client, MEAL, "note_ct", m.id(), m.note()))
                    .executeUpdate();
        }
    }

    @Override
    public List<NutritionLog> between(WorkspaceId workspaceId, ClientId clientId, LocalDate from, LocalDate to) {
        tenant.workspace(workspaceId);
        return read(workspaceId, " and client_id = ?2 and day between cast(?3 as date) and cast(?4 as date)", clientId.value(),
                NutritionSql.param(from), NutritionSql.param(to));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<LoggedDay> loggedDays(WorkspaceId workspaceId, ClientId clientId, LocalDate from, LocalDate to) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select day, day_type, calories, protein_g, carbohydrate_g, fat_g from nutrition_log "
                        + "where workspace_id = ?1 and client_id = ?2 and day between cast(?3 as date) and cast(?4 as date)")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).setParameter(3, NutritionSql.param(from))
                .setParameter(4, NutritionSql.param(to)).getResultList();
        return rows.stream().map(r -> new LoggedDay(NutritionSql.date(r[0]), DayType.valueOf(Rows.text(r[1])),
                new Macros(NutritionSql.number(r[2]), NutritionSql.number(r[3]), NutritionSql.number(r[4]), NutritionSql.number(r[5]), null)))
                .toList();
    }

    /** Logs matching {@code where} (parameters from ?2 on), ordered by day, with their meals: two queries. */
    @SuppressWarnings("unchecked")
    private List<NutritionLog> read(WorkspaceId workspaceId, String where, Object... parameters) {
        var q = em.createNativeQuery("select " + LOG_COLUMNS + " from nutrition_log where workspace_id = ?1" + where + " order by day")
                .setParameter(1, workspaceId.value());
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 2, parameters[i]);
        }
        List<Object[]> rows = q.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        UUID ws = workspaceId.value();
        Map<UUID, List<Meal>> meals = new HashMap<>();
        List<UUID> ids = rows.stream().map(r -> Rows.uuid(r[0])).toList();
        if (rows.stream().anyMatch(r -> "MEALS".equals(Rows.text(r[4])))) {
            List<Object[]> mealRows = em.createNativeQuery("select client_id, " + MEAL_COLUMNS + " from nutrition_meal where workspace_id = ?1 "
                            + "and log_id = any(cast(?2 as uuid[])) order by log_id, position")
                    .setParameter(1, ws).setParameter(2, "{" + String.join(",", ids.stream().map(UUID::toString).toList()) + "}")
                    .getResultList();
            for (Object[] m : mealRows) {
                UUID client = Rows.uuid(m[0]);
                UUID id = Rows.uuid(m[2]);
                meals.computeIfAbsent(Rows.uuid(m[1]), k -> new ArrayList<>()).add(new Meal(id,
                        orErased(NutritionSql.decrypt(cipher, ws, client, MEAL, "name_ct", id, m[10])), NutritionSql.time(m[4]),
                        new Macros(NutritionSql.number(m[5]), NutritionSql.number(m[6]), NutritionSql.number(m[7]), NutritionSql.number(m[8]),
                                NutritionSql.nullableNumber(m[9])),
                        NutritionSql.decrypt(cipher, ws, client, MEAL, "note_ct", id, m[11])));
            }
        }
        List<NutritionLog> out = new ArrayList<>();
        for (Object[] r : rows) {
            UUID id = Rows.uuid(r[0]);
            UUID client = Rows.uuid(r[1]);
            out.add(new NutritionLog(id, workspaceId, new ClientId(client), NutritionSql.date(r[2]), DayType.valueOf(Rows.text(r[3])),
                    NutritionLog.Entry.valueOf(Rows.text(r[4])),
                    new Macros(NutritionSql.number(r[5]), NutritionSql.number(r[6]), NutritionSql.number(r[7]), NutritionSql.number(r[8]),
                            NutritionSql.nullableNumber(r[9])),
                    meals.getOrDefault(id, List.of()), NutritionSql.integer(r[10]),
                    NutritionSql.decrypt(cipher, ws, client, LOG, "note_ct", id, r[11]),
                    r[12] == null ? null : new PersonId(Rows.uuid(r[12])), Boolean.TRUE.equals(r[13]), Rows.instant(r[14]), Rows.instant(r[15]),
                    ((Number) r[16]).longValue()));
        }
        return out;
    }

    /** A meal whose client's key was destroyed keeps its numbers; its name reads as erased. */
    private static String orErased(String name) {
        return name == null ? "(erased)" : name;
    }
}
