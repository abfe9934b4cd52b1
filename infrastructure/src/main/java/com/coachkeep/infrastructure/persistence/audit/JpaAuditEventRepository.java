package com.coachkeep.infrastructure.persistence.audit;

import com.coachkeep.audit.application.port.in.AuditEventsQuery;
import com.coachkeep.audit.application.port.out.AuditEventRepository;
import com.coachkeep.audit.domain.AuditActor;
import com.coachkeep.audit.domain.AuditChain;
import com.coachkeep.audit.domain.AuditEntry;
import com.coachkeep.audit.domain.AuditEvent;
import com.coachkeep.audit.domain.ChainHead;
import com.coachkeep.infrastructure.persistence.shared.KeysetCursor;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Appends and reads audit events with native SQL. The table refuses updates and deletes (privileges and a
 * trigger); this adapter only ever inserts events and moves the chain head, under the row lock taken by
 * {@link #lockHead}.
 */
@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {
    private static final String COLUMNS = "sequence, id, occurred_at, actor_kind, actor_id, action, target_type, target_id, "
            + "reason, request_id, details::text, previous_hash, hash";
    private static final int BATCH = 1000;

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Inject
    TenantScope tenant;

    @Override
    public ChainHead lockHead(WorkspaceId workspaceId) {
        tenant.workspace(workspaceId);
        em.createNativeQuery("insert into audit_chain_head (workspace_id, sequence, hash, updated_at) values (?1, 0, ?2, now()) "
                + "on conflict (workspace_id) do nothing").setParameter(1, workspaceId.value()).setParameter(2, AuditChain.GENESIS)
                .executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("select sequence, hash from audit_chain_head where workspace_id = ?1 for update")
                .setParameter(1, workspaceId.value()).getSingleResult();
        return new ChainHead(workspaceId, ((Number) row[0]).longValue(), (String) row[1]);
    }

    @Override
    public void append(AuditEvent e) {
        AuditEntry x = e.entry();
        tenant.workspace(x.workspaceId());
        em.createNativeQuery("insert into audit_event (workspace_id, sequence, id, occurred_at, actor_kind, actor_id, action, "
                        + "target_type, target_id, reason, request_id, details, previous_hash, hash) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, cast(?12 as jsonb), ?13, ?14)")
                .setParameter(1, x.workspaceId().value()).setParameter(2, e.sequence()).setParameter(3, e.id())
                .setParameter(4, Persistence.toDb(e.occurredAt())).setParameter(5, x.actor().kind().name())
                .setParameter(6, x.actor().id()).setParameter(7, x.action()).setParameter(8, x.targetType())
                .setParameter(9, x.targetId()).setParameter(10, x.reason()).setParameter(11, x.requestId())
                .setParameter(12, json(x.details())).setParameter(13, e.previousHash()).setParameter(14, e.hash())
                .executeUpdate();
        int moved = em.createNativeQuery("update audit_chain_head set sequence = ?1, hash = ?2, updated_at = ?3 "
                        + "where workspace_id = ?4 and sequence = ?5")
                .setParameter(1, e.sequence()).setParameter(2, e.hash()).setParameter(3, Persistence.toDb(e.occurredAt()))
                .setParameter(4, x.workspaceId().value()).setParameter(5, e.sequence() - 1).executeUpdate();
        if (moved != 1) {
            throw new IllegalStateException("audit chain head of " + x.workspaceId() + " moved under a lock");
        }
    }

    @Override
    public Page<AuditEvent> list(WorkspaceId workspaceId, AuditEventsQuery q) {
        tenant.workspace(workspaceId);
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from audit_event where workspace_id = ?1");
        List<Object> params = new ArrayList<>(List.of(workspaceId.value()));
        if (q.actorId() != null) {
            params.add(q.actorId());
            sql.append(" and actor_id = ?").append(params.size());
        }
        if (q.kind() != null) {
            params.add(q.kind());
            sql.append(" and (action = ?").append(params.size());
            params.add(q.kind().replace("_", "\\_") + ".%");
            sql.append(" or action like ?").append(params.size()).append(')');
        }
        if (q.from() != null) {
            params.add(Persistence.toDb(q.from()));
            sql.append(" and occurred_at >= ?").append(params.size());
        }
        if (q.to() != null) {
            params.add(Persistence.toDb(q.to()));
            sql.append(" and occurred_at < ?").append(params.size());
        }
        if (q.page().cursor() != null) {
            params.add(sequenceOf(KeysetCursor.decode(q.page().cursor())));
            sql.append(" and sequence < ?").append(params.size());
        }
        sql.append(" order by sequence desc limit ").append(q.page().limit() + 1);
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        List<AuditEvent> rows = rows(workspaceId, query);
        return KeysetCursor.page(rows, q.page().limit(), e -> new KeysetCursor(Long.toString(e.sequence()), e.id()), e -> e);
    }

    private static long sequenceOf(KeysetCursor cursor) {
        try {
            return Long.parseLong(cursor.key());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("cursor", "is not a cursor returned by this list");
        }
    }

    @Override
    public void forEachInOrder(WorkspaceId workspaceId, Predicate<AuditEvent> consumer) {
        tenant.workspace(workspaceId);
        long after = -1;
        while (true) {
            List<AuditEvent> batch = rows(workspaceId, em.createNativeQuery("select " + COLUMNS
                            + " from audit_event where workspace_id = ?1 and sequence > ?2 order by sequence limit " + BATCH)
                    .setParameter(1, workspaceId.value()).setParameter(2, after));
            for (AuditEvent e : batch) {
                if (!consumer.test(e)) {
                    return;
                }
            }
            if (batch.size() < BATCH) {
                return;
            }
            after = batch.get(batch.size() - 1).sequence();
        }
    }

    @Override
    public List<ChainHead> allHeads() {
        return tenant.auditCheckpointer().rows("select workspace_id::text, sequence, hash from audit_chain_head order by workspace_id")
                .stream().map(r -> new ChainHead(WorkspaceId.parse((String) r[0]), ((Number) r[1]).longValue(), (String) r[2])).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<AuditEvent> rows(WorkspaceId workspaceId, Query query) {
        List<AuditEvent> events = new ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            AuditEntry entry = new AuditEntry(workspaceId, new AuditActor(AuditActor.Kind.valueOf((String) r[3]), (String) r[4]),
                    (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9], details((String) r[10]));
            events.add(new AuditEvent(uuid(r[1]), ((Number) r[0]).longValue(), Persistence.instantOf(r[2]), entry, (String) r[11], (String) r[12]));
        }
        return events;
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID u ? u : UUID.fromString(value.toString());
    }


    static String json(Map<String, String> details) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        details.forEach(b::add);
        return b.build().toString();
    }

    static Map<String, String> details(String json) {
        Map<String, String> out = new TreeMap<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            o.forEach((k, v) -> out.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
        }
        return out;
    }
}
