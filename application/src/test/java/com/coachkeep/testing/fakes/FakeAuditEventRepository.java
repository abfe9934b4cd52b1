package com.coachkeep.testing.fakes;

import com.coachkeep.audit.application.port.in.AuditEventsQuery;
import com.coachkeep.audit.application.port.out.AuditEventRepository;
import com.coachkeep.audit.domain.AuditEvent;
import com.coachkeep.audit.domain.ChainHead;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** An in-memory event store: events per workspace in sequence order (the database adds the locking). */
public final class FakeAuditEventRepository implements AuditEventRepository {
    public final Map<WorkspaceId, List<AuditEvent>> chains = new HashMap<>();

    @Override
    public ChainHead lockHead(WorkspaceId workspaceId) {
        List<AuditEvent> chain = chains.getOrDefault(workspaceId, List.of());
        if (chain.isEmpty()) {
            return ChainHead.empty(workspaceId);
        }
        AuditEvent last = chain.get(chain.size() - 1);
        return new ChainHead(workspaceId, last.sequence(), last.hash());
    }

    @Override
    public void append(AuditEvent event) {
        List<AuditEvent> chain = chains.computeIfAbsent(event.entry().workspaceId(), w -> new ArrayList<>());
        if (event.sequence() != chain.size() + 1) {
            throw new IllegalStateException("duplicate key: sequence " + event.sequence());
        }
        chain.add(event);
    }

    @Override
    public Page<AuditEvent> list(WorkspaceId workspaceId, AuditEventsQuery q) {
        List<AuditEvent> matching = chains.getOrDefault(workspaceId, List.of()).stream()
                .filter(e -> q.actorId() == null || q.actorId().equals(e.entry().actor().id()))
                .filter(e -> q.kind() == null || e.entry().action().equals(q.kind()) || e.entry().action().startsWith(q.kind() + "."))
                .filter(e -> q.from() == null || !e.occurredAt().isBefore(q.from()))
                .filter(e -> q.to() == null || e.occurredAt().isBefore(q.to()))
                .sorted(Comparator.comparingLong(AuditEvent::sequence).reversed())
                .limit(q.page().limit()).toList();
        return new Page<>(matching, null);
    }

    @Override
    public void forEachInOrder(WorkspaceId workspaceId, Predicate<AuditEvent> consumer) {
        for (AuditEvent e : chains.getOrDefault(workspaceId, List.of())) {
            if (!consumer.test(e)) {
                return;
            }
        }
    }

    @Override
    public List<ChainHead> allHeads() {
        return chains.keySet().stream().map(this::lockHead).toList();
    }
}
