package com.coachkeep.infrastructure.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * PDF files built byte by byte for tests of uploads: a small valid one-page document whose page shows a text (a
 * marker, for the dump test), with a correct cross-reference table, and the hostile shapes the attachment check must
 * refuse.
 */
public final class PdfFixtures {
    private PdfFixtures() {
    }

    /** A valid PDF 1.4 of one page showing {@code text}, its xref offsets exact, ending with %%EOF and a newline. */
    public static byte[] onePage(String text) {
        String content = "BT /F1 18 Tf 72 720 Td (" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = out.size();
            write(out, (i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder x = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            x.append(String.format("%010d 00000 n \n", offset));
        }
        x.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        write(out, x.toString());
        return out.toByteArray();
    }

    /** The PDF with a ZIP archive's bytes after its %%EOF (a polyglot). */
    public static byte[] withZipAppended(byte[] pdf) {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'e', 'v', 'i', 'l'};
        byte[] out = java.util.Arrays.copyOf(pdf, pdf.length + zip.length);
        System.arraycopy(zip, 0, out, pdf.length, zip.length);
        return out;
    }

    /** An HTML page that starts with a PDF's header and is no PDF (no cross-reference, no %%EOF). */
    public static byte[] fakePdf() {
        return "%PDF-1.7\n<html><body><script>alert(document.cookie)</script></body></html>\n".getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
