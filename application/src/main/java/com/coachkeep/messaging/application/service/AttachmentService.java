package com.coachkeep.messaging.application.service;

import com.coachkeep.messaging.application.port.in.AttachmentContent;
import com.coachkeep.messaging.application.port.in.OpenAttachmentUseCase;
import com.coachkeep.messaging.application.port.in.UploadAttachmentUseCase;
import com.coachkeep.messaging.application.port.out.AttachmentFileStorePort;
import com.coachkeep.messaging.application.port.out.AttachmentRepository;
import com.coachkeep.messaging.domain.Attachment;
import com.coachkeep.messaging.domain.AttachmentRefusedException;
import com.coachkeep.messaging.domain.PdfBytes;
import com.coachkeep.roster.application.port.in.GetClientUseCase;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.application.ImageRefusedException;
import com.coachkeep.shared.application.ImageSanitizer;
import com.coachkeep.shared.application.ImageSanitizer.SanitizedImage;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Message attachments: uploaded by whoever may write in the conversation, judged by their bytes (an image through the
 * shared {@link ImageSanitizer}, the same pipeline as progress photos; a PDF by {@link PdfBytes}; anything else
 * refused), stored only through the file store under the client's key, and opened by the conversation's readers (an
 * unsent one by its uploader alone), access checked on every call as for every messaging use case.
 */
@ApplicationScoped
@Transactional
public class AttachmentService implements UploadAttachmentUseCase, OpenAttachmentUseCase {
    private final AttachmentRepository attachments;
    private final AttachmentFileStorePort files;
    private final ImageSanitizer sanitizer;
    private final ConversationAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public AttachmentService(AttachmentRepository attachments, AttachmentFileStorePort files, ImageSanitizer sanitizer, GetClientUseCase clients,
            AuditTrail audit, Clock clock) {
        this.attachments = attachments;
        this.files = files;
        this.sanitizer = sanitizer;
        this.access = new ConversationAccess(clients);
        this.audit = audit;
        this.clock = clock;
    }

    protected AttachmentService() {
        this(null, null, null, null, null, null);
    }

    @Override
    public Attachment upload(Actor actor, ClientId clientId, byte[] content) {
        ClientId client = access.toWrite(actor, clientId);
        Instant now = clock.instant();
        deleteFiles(files, attachments.deleteUnsentBefore(actor.workspaceId(), client, actor.personId(), now.minus(Attachment.UNSENT_LIFETIME)));
        if (attachments.unsent(actor.workspaceId(), client, actor.personId()) >= Attachment.MAX_UNSENT) {
            throw new ConflictException("attachments-unsent", "You have " + Attachment.MAX_UNSENT
                    + " attachments uploaded to this conversation and not sent; send them with a message first.");
        }
        byte[] bytes = content == null ? new byte[0] : content;
        if (bytes.length > Attachment.MAX_BYTES) {
            throw new AttachmentRefusedException(AttachmentRefusedException.TOO_LARGE, "The upload has " + bytes.length + " bytes; at most "
                    + Attachment.MAX_BYTES + " are accepted.");
        }
        UUID id = UUID.randomUUID();
        Attachment attachment;
        if (PdfBytes.looksLikePdf(bytes)) {
            PdfBytes.check(bytes);
            attachment = new Attachment(id, actor.workspaceId(), client, actor.personId(), null, Attachment.Kind.PDF, "application/pdf",
                    bytes.length, null, null, null, null, now);
            files.put(actor.workspaceId(), client, id, bytes);
        } else {
            SanitizedImage image = image(bytes);
            UUID thumbnailId = UUID.randomUUID();
            attachment = new Attachment(id, actor.workspaceId(), client, actor.personId(), null, Attachment.Kind.IMAGE, image.full().mediaType(),
                    image.full().bytes().length, image.full().width(), image.full().height(), thumbnailId, image.thumbnail().mediaType(), now);
            files.put(actor.workspaceId(), client, id, image.full().bytes());
            try {
                files.put(actor.workspaceId(), client, thumbnailId, image.thumbnail().bytes());
            } catch (RuntimeException e) {
                files.delete(actor.workspaceId(), client, id);
                throw e;
            }
        }
        try {
            attachments.add(attachment);
        } catch (RuntimeException e) {
            deleteFiles(files, List.of(attachment));
            throw e;
        }
        audit.record(AuditRecord.of(actor, "attachment.uploaded").target("client", client).detail("attachment", id.toString())
                .detail("kind", attachment.kind().wireName()).detail("bytes", attachment.sizeBytes()));
        return attachment;
    }

    /** The image pipeline's answer; an upload that is no image by its bytes (nor a PDF) is an unsupported attachment. */
    private SanitizedImage image(byte[] bytes) {
        try {
            return sanitizer.sanitize(bytes, ImageSanitizer.Limits.DEFAULT);
        } catch (ImageRefusedException e) {
            if (e.reason() == ImageRefusedException.Reason.UNSUPPORTED_TYPE) {
                throw new AttachmentRefusedException(AttachmentRefusedException.UNSUPPORTED_TYPE,
                        "The upload is neither a JPEG, PNG or WebP image nor a PDF (judged by its bytes, not its name or declared type).");
            }
            throw e;
        }
    }

    @Override
    public AttachmentContent open(Actor actor, ClientId clientId, UUID attachmentId, String variant) {
        ClientId client = access.toRead(actor, clientId);
        boolean thumbnail;
        if (variant == null || variant.equals("full")) {
            thumbnail = false;
        } else if (variant.equals("thumbnail")) {
            thumbnail = true;
        } else {
            throw InvalidInputException.of("variant", "must be full or thumbnail");
        }
        Attachment a = attachments.find(actor.workspaceId(), client, attachmentId).filter(x -> x.visibleTo(actor.personId()))
                .orElseThrow(() -> new NotFoundException("attachment"));
        if (thumbnail && a.thumbnailId() == null) {
            throw InvalidInputException.of("variant", "only an image has a thumbnail");
        }
        InputStream content = files.open(actor.workspaceId(), client, thumbnail ? a.thumbnailId() : a.id())
                .orElseThrow(() -> new NotFoundException("attachment"));
        return new AttachmentContent(thumbnail ? a.thumbnailMediaType() : a.mediaType(), thumbnail ? -1 : a.sizeBytes(), a.fileName(), content);
    }

    /** Deletes the attachments' files (the full file and an image's thumbnail). */
    static void deleteFiles(AttachmentFileStorePort files, List<Attachment> gone) {
        for (Attachment a : gone) {
            files.delete(a.workspaceId(), a.clientId(), a.id());
            if (a.thumbnailId() != null) {
                files.delete(a.workspaceId(), a.clientId(), a.thumbnailId());
            }
        }
    }
}
