package com.coachkeep.audit.application.port.out;

import com.coachkeep.audit.application.port.in.AuditEventsQuery;
import com.coachkeep.audit.domain.AuditEvent;
import com.coachkeep.audit.domain.ChainHead;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.List;
import java.util.function.Predicate;

/** The append-only event store. Rows are never updated or deleted through it (the database refuses as well). */
public interface AuditEventRepository {
    /** The head of the workspace's chain, locked until the transaction ends so appends are serialised. */
    ChainHead lockHead(WorkspaceId workspaceId);

    /** Stores the event and moves the head to it; the event must follow the locked head. */
    void append(AuditEvent event);

    Page<AuditEvent> list(WorkspaceId workspaceId, AuditEventsQuery query);

    /** Offers every event of the chain in sequence order until the consumer returns false; memory stays flat. */
    void forEachInOrder(WorkspaceId workspaceId, Predicate<AuditEvent> consumer);

    /** The head of every chain (across workspaces; for checkpointing only). */
    List<ChainHead> allHeads();
}
