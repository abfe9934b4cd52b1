package com.coachkeep.infrastructure.persistence.nutrition;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.nutrition.application.port.out.NutritionSettingsRepository;
import com.coachkeep.nutrition.domain.NutritionSettings;
import com.coachkeep.nutrition.domain.Tolerance;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A client's nutrition settings, read in one statement together with the workspace's time zone (the zone that stands
 * in until the client sets their own), so that every use case learns the client's "today" with one query.
 */
@ApplicationScoped
public class JpaNutritionSettingsRepository implements NutritionSettingsRepository {
    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    @SuppressWarnings("unchecked")
    public NutritionSettings find(WorkspaceId workspaceId, ClientId clientId) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select w.timezone, s.time_zone, s.calories_tolerance_pct, s.protein_minimum_pct, "
                        + "s.carbohydrate_tolerance_pct, s.fat_tolerance_pct, s.version from workspace w "
                        + "left join nutrition_settings s on s.workspace_id = w.id and s.client_id = ?2 where w.id = ?1")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).getResultList();
        Object[] r = rows.isEmpty() ? new Object[7] : rows.get(0);
        ZoneId workspaceZone = r[0] == null ? ZoneId.of("UTC") : ZoneId.of(r[0].toString().strip());
        if (r[2] == null) {
            return new NutritionSettings(clientId, Tolerance.DEFAULT, null, workspaceZone, 0);
        }
        return new NutritionSettings(clientId, new Tolerance(NutritionSql.integer(r[2]), NutritionSql.integer(r[3]), NutritionSql.integer(r[4]),
                NutritionSql.integer(r[5])), r[1] == null ? null : ZoneId.of(r[1].toString().strip()), workspaceZone,
                ((Number) r[6]).longValue());
    }

    @Override
    public void saveTolerance(WorkspaceId workspaceId, ClientId clientId, Tolerance t, Instant at) {
        tenant.workspace(workspaceId);
        em.createNativeQuery("insert into nutrition_settings (workspace_id, client_id, calories_tolerance_pct, protein_minimum_pct, "
                        + "carbohydrate_tolerance_pct, fat_tolerance_pct, updated_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                        + "on conflict (workspace_id, client_id) do update set calories_tolerance_pct = excluded.calories_tolerance_pct, "
                        + "protein_minimum_pct = excluded.protein_minimum_pct, carbohydrate_tolerance_pct = excluded.carbohydrate_tolerance_pct, "
                        + "fat_tolerance_pct = excluded.fat_tolerance_pct, updated_at = excluded.updated_at, "
                        + "version = nutrition_settings.version + 1")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).setParameter(3, t.caloriesPercent())
                .setParameter(4, t.proteinMinimumPercent()).setParameter(5, t.carbohydratePercent()).setParameter(6, t.fatPercent())
                .setParameter(7, Persistence.toDb(at)).executeUpdate();
    }

    @Override
    public void saveTimeZone(WorkspaceId workspaceId, ClientId clientId, ZoneId zone, Instant at) {
        tenant.workspace(workspaceId);
        em.createNativeQuery("insert into nutrition_settings (workspace_id, client_id, time_zone, updated_at) values (?1, ?2, ?3, ?4) "
                        + "on conflict (workspace_id, client_id) do update set time_zone = excluded.time_zone, "
                        + "updated_at = excluded.updated_at, version = nutrition_settings.version + 1")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).setParameter(3, zone.getId())
                .setParameter(4, Persistence.toDb(at)).executeUpdate();
    }
}
