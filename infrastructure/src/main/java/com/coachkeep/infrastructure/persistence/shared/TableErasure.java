package com.coachkeep.infrastructure.persistence.shared;

import com.coachkeep.privacy.application.port.out.PersonalDataErasurePort;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;

/**
 * The erasure of a feature whose rows are deleted by table: a workspace's, table after table (children first), a batch at
 * a time; a client's, from the tables that hold rows per client. A feature that needs more (files to delete first,
 * rows to keep pseudonymised) implements {@link PersonalDataErasurePort} itself. Its rows point at the roster's clients
 * and the workspace unless it says otherwise ({@link #pointsAt()}).
 */
public abstract class TableErasure implements PersonalDataErasurePort {
    @PersistenceContext(unitName = Persistence.UNIT)
    protected EntityManager em;
    @Inject
    protected TenantScope tenant;

    private final String feature;
    private final List<String> tables;
    private final List<String> clientTables;

    /**
     * @param tables every table of the feature, children first
     * @param clientTables those with a {@code client_id} whose rows go with the client, children first
     */
    protected TableErasure(String feature, List<String> tables, List<String> clientTables) {
        this.feature = feature;
        this.tables = List.copyOf(tables);
        this.clientTables = List.copyOf(clientTables);
    }

    @Override
    public String feature() {
        return feature;
    }

    @Override
    public List<String> tables() {
        return tables;
    }

    @Override
    public Set<String> pointsAt() {
        return Set.of("roster", WORKSPACE);
    }

    @Override
    public long eraseWorkspaceBatch(WorkspaceId workspaceId, int batchSize) {
        tenant.workspace(workspaceId);
        return BatchDelete.fromFirstOf(em, tables, workspaceId, batchSize);
    }

    @Override
    public long eraseClient(WorkspaceId workspaceId, ClientId clientId) {
        tenant.workspace(workspaceId);
        return BatchDelete.clientRows(em, clientTables, workspaceId, clientId);
    }
}
