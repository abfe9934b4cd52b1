package com.coachkeep.infrastructure.persistence.nutrition;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.nutrition.application.port.out.NutritionTargetRepository;
import com.coachkeep.nutrition.domain.DayType;
import com.coachkeep.nutrition.domain.NutritionTarget;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** Targets: one row per client, day type and date; a second one for the same date replaces the first. */
@ApplicationScoped
public class JpaNutritionTargetRepository implements NutritionTargetRepository {
    static final String COLUMNS = "id, client_id, day_type, effective_from, calories, protein_g, carbohydrate_g, fat_g, fibre_g, water_ml, "
            + "set_by, created_at";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public void add(NutritionTarget t) {
        tenant.workspace(t.workspaceId());
        em.createNativeQuery("insert into nutrition_target (workspace_id, " + COLUMNS + ") values (?1, ?2, ?3, ?4, cast(?5 as date), "
                        + "?6, ?7, ?8, ?9, cast(?10 as integer), cast(?11 as integer), cast(?12 as uuid), ?13) "
                        + "on conflict (workspace_id, client_id, day_type, effective_from) do update set id = excluded.id, "
                        + "calories = excluded.calories, protein_g = excluded.protein_g, carbohydrate_g = excluded.carbohydrate_g, "
                        + "fat_g = excluded.fat_g, fibre_g = excluded.fibre_g, water_ml = excluded.water_ml, set_by = excluded.set_by, "
                        + "created_at = excluded.created_at")
                .setParameter(1, t.workspaceId().value()).setParameter(2, t.id()).setParameter(3, t.clientId().value())
                .setParameter(4, t.dayType().name()).setParameter(5, NutritionSql.param(t.effectiveFrom()))
                .setParameter(6, t.calories()).setParameter(7, t.protein()).setParameter(8, t.carbohydrate()).setParameter(9, t.fat())
                .setParameter(10, t.fibre()).setParameter(11, t.waterMl())
                .setParameter(12, t.setBy() == null ? null : t.setBy().value().toString())
                .setParameter(13, Persistence.toDb(t.createdAt()))
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<NutritionTarget> history(WorkspaceId workspaceId, ClientId clientId) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from nutrition_target where workspace_id = ?1 and client_id = ?2 "
                        + "order by effective_from, created_at")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).getResultList();
        return rows.stream().map(r -> new NutritionTarget(Rows.uuid(r[0]), workspaceId, new ClientId(Rows.uuid(r[1])),
                DayType.valueOf(Rows.text(r[2])), NutritionSql.date(r[3]), NutritionSql.integer(r[4]), NutritionSql.integer(r[5]),
                NutritionSql.integer(r[6]), NutritionSql.integer(r[7]), NutritionSql.integer(r[8]), NutritionSql.integer(r[9]),
                r[10] == null ? null : new PersonId(Rows.uuid(r[10])), Rows.instant(r[11]))).toList();
    }
}
