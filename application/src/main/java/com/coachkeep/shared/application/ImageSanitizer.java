package com.coachkeep.shared.application;

import java.util.Objects;

/**
 * Turns uploaded bytes into an image that is safe to store and serve: recognised by its bytes (never by its name or
 * declared content type), checked against a size limit and a pixel limit read from its header before anything is
 * decoded (decompression bombs), decoded, turned upright by its EXIF orientation, and re-encoded from pixels, so that
 * no EXIF, GPS, XMP, ICC, comment or other metadata of the upload survives, nor anything appended to it. It also
 * makes a thumbnail. It stores nothing: the caller stores what it answers, or nothing when it refuses.
 *
 * <p>Shared by every feature that accepts images (progress photos, message attachments).
 */
public interface ImageSanitizer {
    /**
     * Checks, decodes and re-encodes one upload.
     *
     * @param upload the uploaded bytes, as received
     * @param limits what the caller accepts
     * @return the re-encoded image at full resolution and its thumbnail
     * @throws ImageRefusedException when the upload is not a JPEG, PNG or WebP image by its bytes
     *                               ({@code image-unsupported-type}), is larger than {@link Limits#maxBytes()}
     *                               ({@code image-too-large}), claims more pixels than {@link Limits#maxPixels()} in
     *                               its header ({@code image-too-many-pixels}), carries data beyond the image's end
     *                               (a polyglot, {@code image-polyglot}), or is truncated or does not decode
     *                               ({@code image-corrupt})
     * @throws ImageDecodingBusyException when this server is decoding as many images as it may at once and none finished
     *                                    within a short wait (the upload itself is not refused: send it again later)
     */
    SanitizedImage sanitize(byte[] upload, Limits limits);

    /**
     * What an upload may be.
     *
     * @param maxBytes      the largest upload, in bytes
     * @param maxPixels     the most pixels (width × height) its header may claim
     * @param thumbnailEdge the longest edge of the thumbnail, in pixels
     */
    record Limits(long maxBytes, long maxPixels, int thumbnailEdge) {
        /** 15 MiB, 40 megapixels (a 12-megapixel phone photo passes with room), thumbnails of 320 px. */
        public static final Limits DEFAULT = new Limits(15L * 1024 * 1024, 40_000_000L, 320);

        public Limits {
            if (maxBytes <= 0 || maxPixels <= 0 || thumbnailEdge <= 0) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }
    }

    /**
     * One encoded image.
     *
     * @param bytes     the encoded bytes (JPEG or PNG), with no metadata of the upload
     * @param mediaType {@code image/jpeg} or {@code image/png}
     * @param width     in pixels, upright
     * @param height    in pixels, upright
     */
    record EncodedImage(byte[] bytes, String mediaType, int width, int height) {
        public EncodedImage {
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(mediaType, "mediaType");
        }

        @Override
        public String toString() {
            return "EncodedImage[" + mediaType + ", " + width + "x" + height + ", " + bytes.length + " bytes]";
        }
    }

    /**
     * What an accepted upload became.
     *
     * @param full       the re-encoded image at its full resolution
     * @param thumbnail  a smaller copy, its longest edge at most {@link Limits#thumbnailEdge()}
     * @param sourceType the upload's type by its bytes: {@code image/jpeg}, {@code image/png} or {@code image/webp}
     */
    record SanitizedImage(EncodedImage full, EncodedImage thumbnail, String sourceType) {
        public SanitizedImage {
            Objects.requireNonNull(full, "full");
            Objects.requireNonNull(thumbnail, "thumbnail");
            Objects.requireNonNull(sourceType, "sourceType");
        }
    }
}
