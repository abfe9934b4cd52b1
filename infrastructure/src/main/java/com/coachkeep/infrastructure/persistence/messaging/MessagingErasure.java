package com.coachkeep.infrastructure.persistence.messaging;

import com.coachkeep.infrastructure.persistence.shared.BatchDelete;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.privacy.application.port.out.PersonalDataErasurePort;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;

/**
 * The messaging context's part of erasure: a conversation is the client's, so it goes with the client (its messages,
 * its read pointers, the conversation itself), and with the workspace (announcements too). Rows that point at others go first.
 */
@ApplicationScoped
public class MessagingErasure implements PersonalDataErasurePort {
    /** Children first: the order in which a workspace's rows are deleted. */
    public static final List<String> TABLES = List.of("message_digest", "message_read", "message", "conversation", "scheduled_message",
            "announcement_recipient", "announcement", "messaging_settings");
    /** The tables with a row per client (an announcement and the office hours are the workspace's: they go with it). */
    static final List<String> CLIENT_TABLES = TABLES.stream().filter(t -> !t.equals("announcement") && !t.equals("messaging_settings"))
            .toList();

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public String feature() {
        return "messaging";
    }

    @Override
    public List<String> tables() {
        return TABLES;
    }

    @Override
    public Set<String> pointsAt() {
        return Set.of("roster", WORKSPACE);
    }

    @Override
    public long eraseWorkspaceBatch(WorkspaceId workspaceId, int batchSize) {
        tenant.workspace(workspaceId);
        return BatchDelete.fromFirstOf(em, TABLES, workspaceId, batchSize);
    }

    @Override
    public long eraseClient(WorkspaceId workspaceId, ClientId clientId) {
        tenant.workspace(workspaceId);
        return BatchDelete.clientRows(em, CLIENT_TABLES, workspaceId, clientId);
    }
}
