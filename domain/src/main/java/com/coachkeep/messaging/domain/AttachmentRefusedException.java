package com.coachkeep.messaging.domain;

import com.coachkeep.shared.domain.Refusal;

/**
 * An uploaded attachment that is refused, with the reason as its code (docs/api/problems.md); nothing of it is stored.
 * Images are refused by the shared image pipeline with its own codes ({@code image-*}); these are the attachment's.
 */
public final class AttachmentRefusedException extends Refusal.Invalid {
    /** Neither an image (JPEG, PNG, WebP) nor a PDF by its bytes. */
    public static final String UNSUPPORTED_TYPE = "attachment-unsupported-type";
    /** More bytes than {@link Attachment#MAX_BYTES}. */
    public static final String TOO_LARGE = "attachment-too-large";
    /** Starts as a PDF but its structure is not one (no trailer, no cross-reference, cut short). */
    public static final String PDF_CORRUPT = "pdf-corrupt";
    /** Data after the PDF's last end-of-file marker: another file behind it. */
    public static final String PDF_POLYGLOT = "pdf-polyglot";

    public AttachmentRefusedException(String code, String message) {
        super(code, message);
    }
}
