package com.coachkeep.messaging.application.port.out;

import com.coachkeep.messaging.domain.Announcement;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Announcements (the template encrypted under the workspace's key), their recipients and progress. */
public interface AnnouncementRepository {
    Optional<Announcement> find(WorkspaceId workspaceId, UUID id);

    /** Stores a new announcement with its recipients in order. */
    void insert(Announcement announcement, List<ClientId> recipients);

    /** Running announcements in every workspace, oldest first (the job's scan, reading only). */
    List<UUID[]> running(int limit);

    /**
     * Locks a running announcement for its next batch ({@code FOR UPDATE SKIP LOCKED}), with whether its author is still
     * an active member; empty when it is done or another node holds it.
     */
    Optional<Claimed> claim(WorkspaceId workspaceId, UUID id);

    /** The next pending recipients, with their display names (for the placeholders). */
    List<Recipient> pending(WorkspaceId workspaceId, UUID id, int limit);

    /** Marks recipients sent or skipped and counts them; finishes the announcement when none is pending. */
    void progressed(WorkspaceId workspaceId, UUID id, List<ClientId> sent, List<ClientId> skipped, Instant now);

    record Claimed(Announcement announcement, boolean authorActive) {
    }

    record Recipient(ClientId clientId, String displayName) {
    }
}
