package com.coachkeep.infrastructure.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.messaging.domain.AttachmentRefusedException;
import com.coachkeep.messaging.domain.PdfBytes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The byte check of PDF attachments (messaging's {@link PdfBytes}), on files built by {@link PdfFixtures}. */
class PdfBytesTest {
    static String refusal(byte[] bytes) {
        return assertThrows(AttachmentRefusedException.class, () -> PdfBytes.check(bytes)).code();
    }

    @Test
    void aWellFormedPdfPassesAndSoDoesAnIncrementalUpdateAndTrailingWhitespace() {
        byte[] pdf = PdfFixtures.onePage("Week 3 plan");
        assertTrue(PdfBytes.looksLikePdf(pdf));
        PdfBytes.check(pdf);
        PdfBytes.check(concat(pdf, "\r\n  \n".getBytes(StandardCharsets.US_ASCII)));
        // an incremental update: a second body, xref and %%EOF after the first
        String update = "6 0 obj\n<< /Producer (edit) >>\nendobj\n";
        int at = pdf.length;
        String xref = "xref\n6 1\n" + String.format("%010d 00000 n \n", at) + "trailer\n<< /Size 7 /Root 1 0 R >>\nstartxref\n"
                + (at + update.length()) + "\n%%EOF\n";
        PdfBytes.check(concat(pdf, (update + xref).getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void anythingBehindTheLastEndOfFileIsAPolyglot() {
        assertEquals(AttachmentRefusedException.PDF_POLYGLOT, refusal(PdfFixtures.withZipAppended(PdfFixtures.onePage("x"))));
        assertEquals(AttachmentRefusedException.PDF_POLYGLOT, refusal(concat(PdfFixtures.onePage("x"),
                "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void aFakeOrTruncatedOrInconsistentPdfIsCorrupt() {
        assertEquals(AttachmentRefusedException.PDF_CORRUPT, refusal(PdfFixtures.fakePdf()));
        byte[] pdf = PdfFixtures.onePage("x");
        assertEquals(AttachmentRefusedException.PDF_CORRUPT, refusal(Arrays.copyOf(pdf, pdf.length / 2)), "cut short: no %%EOF");
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        // startxref pointing at the middle of an object, and beyond the file
        int xref = text.lastIndexOf("startxref\n") + "startxref\n".length();
        String off = text.substring(xref, text.indexOf('\n', xref));
        assertEquals(AttachmentRefusedException.PDF_CORRUPT, refusal(text.replace("startxref\n" + off, "startxref\n" + (Integer.parseInt(off) - 3))
                .getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(AttachmentRefusedException.PDF_CORRUPT, refusal(text.replace("startxref\n" + off, "startxref\n99999999")
                .getBytes(StandardCharsets.ISO_8859_1)));
        // junk before the header (readers allow it; a polyglot hides there), an unknown version
        assertFalse(PdfBytes.looksLikePdf(concat(" ".getBytes(StandardCharsets.US_ASCII), pdf)));
        assertEquals(AttachmentRefusedException.PDF_CORRUPT, refusal(text.replace("%PDF-1.4", "%PDF-9.9").getBytes(StandardCharsets.ISO_8859_1)));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
