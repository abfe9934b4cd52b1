package com.coachkeep.infrastructure.persistence.shared;

import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.persistence.EntityManager;

/**
 * The one statement every feature's erasure runs batch after batch: deletes up to a batch of a workspace's rows of one
 * table, lowest ids first (so a caller that read those ids first, to delete their files, deletes the same rows).
 */
public final class BatchDelete {
    private BatchDelete() {
    }

    /** Deletes up to {@code batchSize} rows of {@code table} (a name from code, never from input); returns how many. */
    public static int from(EntityManager em, String table, WorkspaceId workspaceId, int batchSize) {
        return em.createNativeQuery("delete from " + table + " where workspace_id = ?1 and id in "
                        + "(select id from " + table + " where workspace_id = ?1 order by id limit ?2)")
                .setParameter(1, workspaceId.value()).setParameter(2, batchSize).executeUpdate();
    }
}
