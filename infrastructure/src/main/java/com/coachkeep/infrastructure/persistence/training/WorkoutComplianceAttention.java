package com.coachkeep.infrastructure.persistence.training;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AttentionSource;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Training's contribution to the coach dashboard: clients whose workouts of the last 30 days dropped by 20 % or more
 * against the 30 days before, in one statement for every client. With the same program over both windows the
 * workouts scheduled are the same, so the drop in workouts done is the drop in compliance (done ÷ scheduled); a client
 * with fewer than 4 workouts in the earlier window is not judged (too little to compare). Only for staff who read
 * programs.
 */
@ApplicationScoped
public class WorkoutComplianceAttention implements AttentionSource {
    static final int WINDOW_DAYS = 30;
    static final double DROP = 0.2;
    static final int MINIMUM_BEFORE = 4;

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    @SuppressWarnings("unchecked")
    public List<Item> attention(Actor actor, Set<UUID> clientIds, Instant now) {
        if (!actor.staff() || !actor.has(Permission.PROGRAMS_READ) || clientIds.isEmpty()) {
            return List.of();
        }
        tenant.workspace(actor.workspaceId());
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<Object[]> rows = em.createNativeQuery("select client_id, "
                        + "count(*) filter (where performed_on > cast(?3 as date) - " + WINDOW_DAYS + "), "
                        + "count(*) filter (where performed_on <= cast(?3 as date) - " + WINDOW_DAYS + ") from workout_log "
                        + "where workspace_id = ?1 and client_id = any(cast(?2 as uuid[])) and performed_on > cast(?3 as date) - " + 2 * WINDOW_DAYS
                        + " and performed_on <= cast(?3 as date) group by client_id")
                .setParameter(1, actor.workspaceId().value())
                .setParameter(2, "{" + clientIds.stream().map(UUID::toString).collect(Collectors.joining(",")) + "}")
                .setParameter(3, today.toString()).getResultList();
        List<Item> out = new ArrayList<>();
        for (Object[] r : rows) {
            long recent = ((Number) r[1]).longValue();
            long before = ((Number) r[2]).longValue();
            if (before >= MINIMUM_BEFORE && recent <= before * (1 - DROP)) {
                long percent = Math.round(100.0 * (before - recent) / before);
                out.add(new Item("training", Rows.uuid(r[0]), "compliance-drop", "Workouts down " + percent + " % in the last " + WINDOW_DAYS
                        + " days (" + recent + " against " + before + " the 30 days before)"));
            }
        }
        return out;
    }
}
