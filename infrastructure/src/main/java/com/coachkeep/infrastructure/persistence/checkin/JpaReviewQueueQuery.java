package com.coachkeep.infrastructure.persistence.checkin;

import com.coachkeep.checkin.application.port.out.ReviewQueuePort;
import com.coachkeep.checkin.domain.Measurement;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.workspace.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The review queue's and the dashboard's reads, one statement each, over the clients the actor sees by the roster's
 * rule (the same as {@code VisibleClients}: every client with {@code clients_read_all}; every client for a coach when the
 * owner lets coaches see all; else the clients assigned to the actor's membership).
 */
@ApplicationScoped
public class JpaReviewQueueQuery implements ReviewQueuePort {
    private static final String VISIBLE = "(cast(?2 as boolean) or (cast(?3 as boolean) and w.coaches_see_all_clients) "
            + "or (cast(?4 as boolean) and c.assigned_coach_id = ?5))";
    private static final String METRIC = Arrays.stream(CheckinSql.METRIC_COLUMNS.split(", ")).map(c -> "m." + c).collect(Collectors.joining(", "));

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    private Query visibleTo(Actor actor, String sql) {
        tenant.workspace(actor.workspaceId());
        return em.createNativeQuery(sql).setParameter(1, actor.workspaceId().value()).setParameter(2, actor.has(Permission.CLIENTS_READ_ALL))
                .setParameter(3, Role.COACH.wireName().equals(actor.roleName())).setParameter(4, actor.has(Permission.CLIENTS_READ_ASSIGNED))
                .setParameter(5, actor.membershipId().value());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Waiting> awaitingReview(Actor actor) {
        List<Object[]> rows = visibleTo(actor, "select k.id, k.client_id, c.display_name, k.submitted_at, k.on_behalf from checkin k "
                + "join client c on c.workspace_id = k.workspace_id and c.id = k.client_id join workspace w on w.id = k.workspace_id "
                + "where k.workspace_id = ?1 and k.reviewed_at is null and " + VISIBLE + " order by k.submitted_at, k.id").getResultList();
        return rows.stream().map(r -> new Waiting(Rows.uuid(r[0]), Rows.uuid(r[1]), Rows.text(r[2]), Rows.instant(r[3]), (Boolean) r[4])).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<UUID, Deltas> deltas(Actor actor, List<UUID> checkinIds) {
        tenant.workspace(actor.workspaceId());
        String ids = "{" + checkinIds.stream().map(UUID::toString).collect(Collectors.joining(",")) + "}";
        List<Object[]> rows = em.createNativeQuery("select k.id, 'C', " + METRIC + " from checkin k join body_metric m on m.workspace_id = k.workspace_id "
                        + "and m.checkin_id = k.id where k.workspace_id = ?1 and k.id = any(cast(?2 as uuid[])) "
                        + "union all select k.id, 'P', " + METRIC + " from checkin k cross join lateral (select p.id from checkin p "
                        + "where p.workspace_id = k.workspace_id and p.client_id = k.client_id and p.submitted_at < k.submitted_at "
                        + "order by p.submitted_at desc limit 1) prev join body_metric m on m.workspace_id = k.workspace_id and m.checkin_id = prev.id "
                        + "where k.workspace_id = ?1 and k.id = any(cast(?2 as uuid[]))")
                .setParameter(1, actor.workspaceId().value()).setParameter(2, ids).getResultList();
        Map<UUID, List<Measurement>> current = new HashMap<>();
        Map<UUID, List<Measurement>> previous = new HashMap<>();
        for (Object[] r : rows) {
            Measurement m = CheckinSql.metric(actor.workspaceId(), Arrays.copyOfRange(r, 2, r.length));
            ("C".equals(Rows.text(r[1])) ? current : previous).computeIfAbsent(Rows.uuid(r[0]), k -> new ArrayList<>()).add(m);
        }
        Map<UUID, Deltas> out = new HashMap<>();
        for (UUID id : checkinIds) {
            out.put(id, new Deltas(current.getOrDefault(id, List.of()), previous.getOrDefault(id, List.of())));
        }
        return out;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Visible> visibleClients(Actor actor) {
        List<Object[]> rows = visibleTo(actor, "select c.id, c.display_name, greatest("
                + "(select max(k.submitted_at) from checkin k where k.workspace_id = c.workspace_id and k.client_id = c.id), "
                + "(select max(m.recorded_at) from body_metric m where m.workspace_id = c.workspace_id and m.client_id = c.id)) "
                + "from client c join workspace w on w.id = c.workspace_id where c.workspace_id = ?1 and c.status = 'ACTIVE' and " + VISIBLE
                + " order by c.sort_name, c.id").getResultList();
        return rows.stream().map(r -> new Visible(Rows.uuid(r[0]), Rows.text(r[1]), r[2] == null ? null : Rows.instant(r[2]))).toList();
    }
}
