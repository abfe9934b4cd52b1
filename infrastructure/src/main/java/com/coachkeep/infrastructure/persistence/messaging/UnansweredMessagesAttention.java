package com.coachkeep.infrastructure.persistence.messaging;

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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Messaging's contribution to the coach dashboard: clients whose latest messages have no answer from the coaching team
 * yet (the client's messages after the team's last one, deleted ones left out), with how many and how long the oldest
 * has waited, oldest first. One statement for every client (the team's last message found through the index of each
 * side). Only for staff who read conversations.
 */
@ApplicationScoped
public class UnansweredMessagesAttention implements AttentionSource {
    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    @SuppressWarnings("unchecked")
    public List<Item> attention(Actor actor, Set<UUID> clientIds, Instant now) {
        if (!actor.staff() || !actor.has(Permission.MESSAGES_READ_ASSIGNED) || clientIds.isEmpty()) {
            return List.of();
        }
        tenant.workspace(actor.workspaceId());
        List<Object[]> rows = em.createNativeQuery("select m.client_id, count(*), min(m.sent_at) from message m "
                        + "where m.workspace_id = ?1 and m.client_id = any(cast(?2 as uuid[])) and not m.from_staff and m.deleted_at is null "
                        + "and m.seq > coalesce((select s.seq from message s where s.workspace_id = m.workspace_id "
                        + "and s.client_id = m.client_id and s.from_staff order by s.seq desc limit 1), 0) "
                        + "group by m.client_id order by min(m.sent_at)")
                .setParameter(1, actor.workspaceId().value())
                .setParameter(2, "{" + clientIds.stream().map(UUID::toString).collect(Collectors.joining(",")) + "}")
                .getResultList();
        List<Item> out = new ArrayList<>();
        for (Object[] r : rows) {
            long count = ((Number) r[1]).longValue();
            Duration waited = Duration.between(Rows.instant(r[2]), now);
            out.add(new Item("messaging", Rows.uuid(r[0]), "unanswered-messages", count + (count == 1 ? " message" : " messages")
                    + " without an answer, the oldest for " + waiting(waited)));
        }
        return out;
    }

    static String waiting(Duration d) {
        if (d.toDays() >= 1) {
            return d.toDays() + (d.toDays() == 1 ? " day" : " days");
        }
        if (d.toHours() >= 1) {
            return d.toHours() + " h";
        }
        return Math.max(0, d.toMinutes()) + " min";
    }
}
