package com.coachkeep.infrastructure.persistence.checkin;

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
 * The check-in context's part of erasure: a client's metrics, check-ins and schedules go with the client; the
 * workspace's forms, measurement types and settings go with the workspace. Children first (metrics point at check-ins,
 * check-ins at form versions).
 */
@ApplicationScoped
public class CheckinErasure implements PersonalDataErasurePort {
    /** The client's tables, children first. */
    public static final List<String> CLIENT_TABLES = List.of("body_metric", "checkin", "checkin_schedule");
    /** Every table, in the order a workspace's rows are deleted. */
    public static final List<String> TABLES = List.of("body_metric", "checkin", "checkin_schedule", "checkin_form", "metric_type", "checkin_settings");

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public String feature() {
        return "checkin";
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
