package com.coachkeep.infrastructure.image;

import com.coachkeep.shared.application.ImageRefusedException;
import com.coachkeep.shared.application.ImageRefusedException.Reason;
import java.util.Optional;

/**
 * The image formats accepted, recognised by their bytes (magic numbers) only, and where each upload's image ends by its
 * own structure: a file that stops before its end is truncated, one that goes on after it hides something else behind
 * the image (a polyglot: an image that is also a ZIP archive, an HTML page or a script).
 */
enum ImageFormat {
    JPEG("image/jpeg"), PNG("image/png"), WEBP("image/webp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    final String mediaType;

    ImageFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    static Optional<ImageFormat> detect(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (startsWith(b, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (b.length >= 12 && startsWith(b, 0, ascii("RIFF")) && startsWith(b, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /**
     * Checks that the upload holds exactly one image of this format, from its first byte to its last.
     *
     * @throws ImageRefusedException {@code image-corrupt} when it ends early, {@code image-polyglot} when more follows
     */
    void checkStructure(byte[] b) {
        int end = switch (this) {
            case JPEG -> jpegEnd(b, 0);
            case PNG -> pngEnd(b);
            case WEBP -> webpEnd(b);
        };
        if (this == JPEG) {
            // a camera may append further JPEG images after the first (Multi-Picture Format): those are images too
            while (end < b.length && end + 2 < b.length && (b[end] & 0xff) == 0xff && (b[end + 1] & 0xff) == 0xd8) {
                end = jpegEnd(b, end);
            }
        }
        for (int i = end; i < b.length; i++) {
            if (b[i] != 0) {
                throw new ImageRefusedException(Reason.POLYGLOT, "The upload holds " + (b.length - end)
                        + " bytes after the end of its image; send the image alone.");
            }
        }
    }

    private static int jpegEnd(byte[] b, int start) {
        int pos = start + 2; // after SOI
        int n = b.length;
        while (true) {
            if (pos >= n) {
                throw truncated();
            }
            if ((b[pos] & 0xff) != 0xff) {
                throw new ImageRefusedException(Reason.CORRUPT, "The JPEG image's structure is broken at byte " + pos + ".");
            }
            while (pos < n && (b[pos] & 0xff) == 0xff) {
                pos++; // fill bytes
            }
            if (pos >= n) {
                throw truncated();
            }
            int marker = b[pos] & 0xff;
            pos++;
            if (marker == 0xd9) {
                return pos; // EOI
            }
            if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
                continue; // stand-alone markers
            }
            if (pos + 2 > n) {
                throw truncated();
            }
            int length = ((b[pos] & 0xff) << 8) | (b[pos + 1] & 0xff);
            if (length < 2 || pos + length > n) {
                throw truncated();
            }
            pos += length;
            if (marker == 0xda) {
                pos = afterEntropyCodedData(b, pos);
            }
        }
    }

    /** Skips entropy-coded data (where 0xFF is stuffed as FF 00 and restart markers appear) to the next marker. */
    private static int afterEntropyCodedData(byte[] b, int pos) {
        int n = b.length;
        for (int i = pos; i + 1 < n; i++) {
            if ((b[i] & 0xff) == 0xff) {
                int next = b[i + 1] & 0xff;
                if (next == 0x00 || (next >= 0xd0 && next <= 0xd7)) {
                    i++;
                } else if (next != 0xff) {
                    return i;
                }
            }
        }
        throw truncated();
    }

    private static int pngEnd(byte[] b) {
        int pos = PNG_SIGNATURE.length;
        int n = b.length;
        while (true) {
            if (pos + 12 > n) {
                throw truncated();
            }
            long length = ((long) (b[pos] & 0xff) << 24) | ((b[pos + 1] & 0xff) << 16) | ((b[pos + 2] & 0xff) << 8) | (b[pos + 3] & 0xff);
            boolean iend = b[pos + 4] == 'I' && b[pos + 5] == 'E' && b[pos + 6] == 'N' && b[pos + 7] == 'D';
            long next = pos + 12L + length;
            if (next > n) {
                throw truncated();
            }
            pos = (int) next;
            if (iend) {
                return pos;
            }
        }
    }

    private static int webpEnd(byte[] b) {
        long size = (b[4] & 0xffL) | ((b[5] & 0xffL) << 8) | ((b[6] & 0xffL) << 16) | ((b[7] & 0xffL) << 24);
        long end = 8 + size + (size & 1);
        if (end > b.length) {
            // the padding byte of an odd size is sometimes left out
            if (8 + size == b.length) {
                return b.length;
            }
            throw truncated();
        }
        return (int) end;
    }

    private static ImageRefusedException truncated() {
        return new ImageRefusedException(Reason.CORRUPT, "The image is truncated: it ends before its end.");
    }

    private static boolean startsWith(byte[] b, int offset, byte[] prefix) {
        if (b.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
