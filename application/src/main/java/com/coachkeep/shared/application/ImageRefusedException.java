package com.coachkeep.shared.application;

import com.coachkeep.shared.domain.Refusal;

/** An uploaded image that is refused, with the reason as its code (docs/api/problems.md); nothing of it is stored. */
public final class ImageRefusedException extends Refusal.Invalid {
    public static final String UNSUPPORTED_TYPE = "image-unsupported-type";
    public static final String TOO_LARGE = "image-too-large";
    public static final String TOO_MANY_PIXELS = "image-too-many-pixels";
    public static final String POLYGLOT = "image-polyglot";
    public static final String CORRUPT = "image-corrupt";

    /** Why an upload was refused; each is a stable problem code. */
    public enum Reason {
        /** Not a JPEG, PNG or WebP image by its bytes (whatever its name or declared type). */
        UNSUPPORTED_TYPE(ImageRefusedException.UNSUPPORTED_TYPE),
        /** More bytes than the limit. */
        TOO_LARGE(ImageRefusedException.TOO_LARGE),
        /** Its header claims more pixels than the limit (a decompression bomb, or simply too big). */
        TOO_MANY_PIXELS(ImageRefusedException.TOO_MANY_PIXELS),
        /** Data after the image's end: another file hidden behind the image (a polyglot). */
        POLYGLOT(ImageRefusedException.POLYGLOT),
        /** Truncated, or does not decode. */
        CORRUPT(ImageRefusedException.CORRUPT);

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;

    public ImageRefusedException(Reason reason, String message) {
        super(reason.code(), message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
