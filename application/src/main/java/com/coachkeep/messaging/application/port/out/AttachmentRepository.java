package com.coachkeep.messaging.application.port.out;

import com.coachkeep.messaging.domain.Attachment;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The rows of message attachments (never their bytes), always within one workspace and one client's conversation. */
public interface AttachmentRepository {
    void add(Attachment attachment);

    Optional<Attachment> find(WorkspaceId workspaceId, ClientId clientId, UUID id);

    /** The attachments sent with these messages, each message's in the order it names them. */
    Map<UUID, List<Attachment>> ofMessages(WorkspaceId workspaceId, ClientId clientId, Collection<UUID> messageIds);

    /**
     * Gives the unsent attachments to the message, in this order; returns how many were still unsent (fewer when another
     * request sent one meanwhile: the caller then refuses, and its transaction changes nothing).
     */
    int attach(WorkspaceId workspaceId, ClientId clientId, UUID messageId, List<UUID> attachmentIds);

    /** How many unsent attachments the person keeps in the conversation. */
    int unsent(WorkspaceId workspaceId, ClientId clientId, PersonId uploader);

    /** Deletes the person's unsent attachments uploaded before {@code before}; returns them (their files are the caller's). */
    List<Attachment> deleteUnsentBefore(WorkspaceId workspaceId, ClientId clientId, PersonId uploader, Instant before);

    /** Deletes the message's attachments; returns them (their files are the caller's). */
    List<Attachment> deleteOfMessage(WorkspaceId workspaceId, ClientId clientId, UUID messageId);
}
