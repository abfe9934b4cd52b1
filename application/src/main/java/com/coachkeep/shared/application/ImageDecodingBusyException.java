package com.coachkeep.shared.application;

import java.time.Duration;

/**
 * This server is decoding as many images as it may at once (each decode holds up to a few hundred megabytes of heap
 * while it lasts), and none finished within a short wait. Not a refusal of the upload: nothing of it was kept, and the
 * same upload succeeds once the decodes ahead of it are done. The REST API answers {@code 503} with
 * {@code Retry-After} ({@code image-decoding-busy}, docs/api/problems.md).
 */
public final class ImageDecodingBusyException extends RuntimeException {
    private final Duration retryAfter;

    public ImageDecodingBusyException(Duration retryAfter) {
        super("This server is busy decoding other images; nothing was stored. Retry after " + Math.max(1, retryAfter.toSeconds())
                + " seconds.", null, false, false);
        this.retryAfter = retryAfter;
    }

    /** How long to wait before sending the upload again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
