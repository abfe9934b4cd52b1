package com.coachkeep.messaging.domain;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A file attached to a message of a client's conversation: an image (re-encoded by the shared image pipeline, without
 * metadata, with a thumbnail) or a PDF (checked by its bytes). It is uploaded first, unsent ({@code messageId} null,
 * visible to its uploader alone), and belongs to the message that names it when that is sent; it is deleted with that
 * message. Its bytes live only in the file store, encrypted under the client's key: the full file under {@link #id},
 * an image's thumbnail under {@link #thumbnailId}.
 *
 * @param messageId   the message it was sent with, or null while unsent
 * @param kind        an image or a PDF
 * @param mediaType   the stored file's type: {@code image/jpeg}, {@code image/png} or {@code application/pdf}
 * @param width       an image's width in pixels (upright), else null
 * @param height      an image's height in pixels, else null
 * @param thumbnailId an image's thumbnail file, else null
 */
public record Attachment(UUID id, WorkspaceId workspaceId, ClientId clientId, PersonId uploadedBy, UUID messageId, Kind kind,
        String mediaType, long sizeBytes, Integer width, Integer height, UUID thumbnailId, String thumbnailMediaType, Instant uploadedAt) {
    /** The most attachments one message carries. */
    public static final int MAX_PER_MESSAGE = 5;
    /** The largest file, image or PDF, in bytes (the image pipeline's own limit). */
    public static final long MAX_BYTES = 15L * 1024 * 1024;
    /** The most unsent attachments one person keeps in one conversation. */
    public static final int MAX_UNSENT = 20;
    /** Unsent attachments older than this are deleted when their uploader uploads another. */
    public static final Duration UNSENT_LIFETIME = Duration.ofHours(24);

    /** What an attachment is. */
    public enum Kind {
        IMAGE, PDF;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Attachment {
        Objects.requireNonNull(id);
        Objects.requireNonNull(workspaceId);
        Objects.requireNonNull(clientId);
        Objects.requireNonNull(uploadedBy);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(mediaType);
        Objects.requireNonNull(uploadedAt);
    }

    public boolean sent() {
        return messageId != null;
    }

    /** The attachment as sent with the message. */
    public Attachment sentWith(UUID message) {
        return new Attachment(id, workspaceId, clientId, uploadedBy, Objects.requireNonNull(message), kind, mediaType, sizeBytes, width, height,
                thumbnailId, thumbnailMediaType, uploadedAt);
    }

    /** Whether the person may see it: once sent, every reader of the conversation; before, its uploader alone. */
    public boolean visibleTo(PersonId person) {
        return sent() || uploadedBy.equals(person);
    }

    /** A file name for downloads: the id and the extension of its type (no name the uploader chose is kept). */
    public String fileName() {
        return id + switch (mediaType) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            default -> ".jpg";
        };
    }
}
