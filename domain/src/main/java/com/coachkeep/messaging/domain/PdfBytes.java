package com.coachkeep.messaging.domain;

import java.nio.charset.StandardCharsets;

/**
 * Checks that uploaded bytes are a PDF by their bytes, and only a PDF, without parsing or rendering it (a full parser
 * of hostile documents is a larger surface than a download needs; the file is only ever served as a download, never
 * rendered by the server):
 *
 * <ol>
 *   <li>the header {@code %PDF-1.0} to {@code %PDF-2.0} at the very first byte (readers tolerate junk before it; a
 *       polyglot hides another format there, so none is accepted);</li>
 *   <li>the last {@code %%EOF} marker followed by nothing but whitespace (anything else behind it is another file:
 *       {@code pdf-polyglot});</li>
 *   <li>a {@code startxref} before that marker, whose offset points inside the file at a cross-reference table
 *       ({@code xref}) or a cross-reference stream object ({@code N G obj}): {@code pdf-corrupt} otherwise.</li>
 * </ol>
 *
 * Incremental updates (several {@code %%EOF}s, the last at the end) pass.
 */
public final class PdfBytes {
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STARTXREF = "startxref".getBytes(StandardCharsets.US_ASCII);

    private PdfBytes() {
    }

    /** Whether the bytes begin as a PDF does ({@code %PDF-}); says nothing of the rest. */
    public static boolean looksLikePdf(byte[] b) {
        return startsWith(b, 0, MAGIC);
    }

    /**
     * Checks a PDF's bytes.
     *
     * @throws AttachmentRefusedException {@code pdf-corrupt} or {@code pdf-polyglot}, saying what is wrong
     */
    public static void check(byte[] b) {
        if (!looksLikePdf(b) || b.length < 16 || !version(b)) {
            throw new AttachmentRefusedException(AttachmentRefusedException.PDF_CORRUPT,
                    "The PDF's header is not %PDF-1.0 to %PDF-2.0 at its first byte.");
        }
        int eof = lastIndexOf(b, EOF, b.length - 1);
        if (eof < 0) {
            throw new AttachmentRefusedException(AttachmentRefusedException.PDF_CORRUPT, "The PDF has no %%EOF marker: it is cut short.");
        }
        int end = eof + EOF.length;
        int trailing = 0;
        for (int i = end; i < b.length; i++) {
            if (!whitespace(b[i])) {
                trailing = b.length - i;
                break;
            }
        }
        if (trailing > 0) {
            throw new AttachmentRefusedException(AttachmentRefusedException.PDF_POLYGLOT, "The upload holds " + (b.length - end)
                    + " bytes after the end of its PDF (%%EOF); send the PDF alone.");
        }
        int startxref = lastIndexOf(b, STARTXREF, eof);
        if (startxref < 0) {
            throw new AttachmentRefusedException(AttachmentRefusedException.PDF_CORRUPT, "The PDF has no startxref before its %%EOF.");
        }
        long offset = number(b, startxref + STARTXREF.length, eof);
        if (offset < MAGIC.length || offset >= startxref) {
            throw new AttachmentRefusedException(AttachmentRefusedException.PDF_CORRUPT,
                    "The PDF's startxref does not point at a cross-reference inside the file.");
        }
        int at = (int) offset;
        if (!startsWith(b, at, "xref".getBytes(StandardCharsets.US_ASCII)) && !objectHeader(b, at)) {
            throw new AttachmentRefusedException(AttachmentRefusedException.PDF_CORRUPT,
                    "The PDF's startxref does not point at a cross-reference table or stream.");
        }
    }

    private static boolean version(byte[] b) {
        // %PDF-1.0 … %PDF-1.7, %PDF-2.0
        int major = b[5] - '0';
        int minor = b[7] - '0';
        return b[6] == '.' && ((major == 1 && minor >= 0 && minor <= 7) || (major == 2 && minor == 0));
    }

    /** {@code N G obj} at {@code at}. */
    private static boolean objectHeader(byte[] b, int at) {
        int i = digits(b, at);
        if (i == at || i >= b.length || !whitespace(b[i])) {
            return false;
        }
        int j = skipWhitespace(b, i);
        int k = digits(b, j);
        if (k == j || k >= b.length || !whitespace(b[k])) {
            return false;
        }
        return startsWith(b, skipWhitespace(b, k), "obj".getBytes(StandardCharsets.US_ASCII));
    }

    private static long number(byte[] b, int from, int to) {
        int i = skipWhitespace(b, from);
        int end = digits(b, i);
        if (end == i || end - i > 12 || end > to) {
            return -1;
        }
        return Long.parseLong(new String(b, i, end - i, StandardCharsets.US_ASCII));
    }

    private static int digits(byte[] b, int from) {
        int i = from;
        while (i < b.length && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
        return i;
    }

    private static int skipWhitespace(byte[] b, int from) {
        int i = from;
        while (i < b.length && whitespace(b[i])) {
            i++;
        }
        return i;
    }

    private static boolean whitespace(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        if (at < 0 || b.length - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The last start of {@code needle} at or before {@code from}, or -1. */
    private static int lastIndexOf(byte[] b, byte[] needle, int from) {
        for (int i = Math.min(from, b.length - needle.length); i >= 0; i--) {
            if (startsWith(b, i, needle)) {
                return i;
            }
        }
        return -1;
    }
}
