package com.coachkeep.infrastructure.persistence.shared;

import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.roster.domain.ClientId;
import jakarta.persistence.EntityManager;
import java.util.List;

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

    /**
     * Deletes up to {@code batchSize} rows of the first of {@code tables} (children first) that still has rows of the
     * workspace, by their physical row ids (so tables without an id column of their own are deleted the same way).
     */
    public static int fromFirstOf(EntityManager em, List<String> tables, WorkspaceId workspaceId, int batchSize) {
        for (String table : tables) {
            int deleted = em.createNativeQuery("delete from " + table + " where workspace_id = ?1 and ctid = any(array("
                            + "select ctid from " + table + " where workspace_id = ?1 limit ?2))")
                    .setParameter(1, workspaceId.value()).setParameter(2, batchSize).executeUpdate();
            if (deleted > 0) {
                return deleted;
            }
        }
        return 0;
    }

    /** Deletes a client's rows of each of {@code tables} (children first, each with a {@code client_id}); returns how many. */
    public static long clientRows(EntityManager em, List<String> tables, WorkspaceId workspaceId, ClientId clientId) {
        long deleted = 0;
        for (String table : tables) {
            deleted += em.createNativeQuery("delete from " + table + " where workspace_id = ?1 and client_id = ?2")
                    .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).executeUpdate();
        }
        return deleted;
    }
}
