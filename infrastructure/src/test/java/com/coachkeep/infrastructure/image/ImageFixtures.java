package com.coachkeep.infrastructure.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * Image files built byte by byte for the tests: a camera-like JPEG with an EXIF segment (orientation and a GPS
 * position), an XMP packet and a comment; PNGs with text chunks; polyglots; a pixel bomb. The image pipeline's unit tests
 * use them, and so do the tests through the API (src-test has this module's test classes as a test-jar).
 */
public final class ImageFixtures {
    public static final String XMP_MARKER = "XMP-MARKER-7f3c";
    public static final String COMMENT_MARKER = "COMMENT-MARKER-91ab";
    public static final String PNG_TEXT_MARKER = "PNG-TEXT-MARKER-55de";

    private ImageFixtures() {
    }

    /** A picture whose top-left quarter is red and the rest blue, so a rotation can be seen in the pixels. */
    public static BufferedImage picture(int width, int height, boolean alpha) {
        BufferedImage image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height / 2);
        g.dispose();
        return image;
    }

    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A photo-like JPEG (a gradient with sensor-like noise, so it compresses like a photo) with a phone's EXIF (GPS). */
    public static byte[] noisyCameraJpeg(int width, int height) {
        BufferedImage image = picture(width, height, false);
        java.util.Random random = new java.util.Random(7);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int n = random.nextInt(25) - 12;
                int r = Math.max(0, Math.min(255, ((row[x] >> 16) & 0xff) + n + (x * 60 / width)));
                int g = Math.max(0, Math.min(255, ((row[x] >> 8) & 0xff) + n + (y * 60 / height)));
                int b = Math.max(0, Math.min(255, (row[x] & 0xff) + n));
                row[x] = (r << 16) | (g << 8) | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        byte[] plain = encode(image, "jpeg");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        writeSegment(out, 0xe1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), exifTiff(6)));
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** A plain JPEG of that size. */
    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, false), "jpeg");
    }

    /**
     * A JPEG as a phone writes it: an APP1 Exif segment with the orientation and a GPS IFD (52°31'N 13°24'E), an APP1
     * XMP packet and a comment, before the image.
     */
    public static byte[] cameraJpeg(int width, int height, int orientation) {
        return cameraJpeg(width, height, orientation, COMMENT_MARKER);
    }

    /** {@link #cameraJpeg(int, int, int)} with this text in its comment and its XMP packet. */
    public static byte[] cameraJpeg(int width, int height, int orientation, String marker) {
        byte[] plain = jpeg(width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        writeSegment(out, 0xe1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), exifTiff(orientation)));
        writeSegment(out, 0xe1, concat("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1),
                ("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?><x:xmpmeta xmlns:x='adobe:ns:meta/'>"
                        + "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description rdf:about=''"
                        + " xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:description>" + XMP_MARKER + " " + marker
                        + "</dc:description></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>").getBytes(StandardCharsets.UTF_8)));
        writeSegment(out, 0xfe, marker.getBytes(StandardCharsets.US_ASCII));
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** A big-endian TIFF structure: IFD0 with the orientation and a pointer to a GPS IFD with latitude and longitude. */
    public static byte[] exifTiff(int orientation) {
        ByteBuffer b = ByteBuffer.allocate(140);
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        // IFD0 at 8: two entries
        b.putShort((short) 2);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        b.putInt(0);
        // GPS IFD at 38: four entries, rationals at 92 and 116
        b.putShort((short) 4);
        b.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        b.putShort((short) 2).putShort((short) 5).putInt(3).putInt(92);
        b.putShort((short) 3).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
        b.putShort((short) 4).putShort((short) 5).putInt(3).putInt(116);
        b.putInt(0);
        b.putInt(52).putInt(1).putInt(31).putInt(1).putInt(0).putInt(1);
        b.putInt(13).putInt(1).putInt(24).putInt(1).putInt(0).putInt(1);
        byte[] tiff = new byte[b.position()];
        b.flip();
        b.get(tiff);
        return tiff;
    }

    /** A PNG with a tEXt chunk before its end. */
    public static byte[] pngWithText(int width, int height) {
        byte[] png = encode(picture(width, height, true), "png");
        int iend = png.length - 12;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, iend);
        writeChunk(out, "tEXt", ("Comment\0" + PNG_TEXT_MARKER).getBytes(StandardCharsets.ISO_8859_1));
        out.write(png, iend, 12);
        return out.toByteArray();
    }

    /** A valid little PNG whose header claims {@code width × height} pixels: a decompression bomb. */
    public static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        writeChunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        // a few kilobytes of zlib data that would inflate to gigabytes of black rows
        Deflater deflater = new Deflater(9);
        deflater.setInput(new byte[1 << 20]);
        deflater.finish();
        byte[] buffer = new byte[1 << 16];
        int n = deflater.deflate(buffer);
        deflater.end();
        writeChunk(out, "IDAT", java.util.Arrays.copyOf(buffer, n));
        writeChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** The image followed by a ZIP archive (a file that is both). */
    public static byte[] withZipAppended(byte[] image) {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("payload.html"));
            z.write("<script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return concat(image, zip.toByteArray());
    }

    public static byte[] withHtmlAppended(byte[] image) {
        return concat(image, "<html><body><script>fetch('/api/v1/me')</script></body></html>".getBytes(StandardCharsets.UTF_8));
    }

    private static void writeSegment(ByteArrayOutputStream out, int marker, byte[] payload) {
        out.write(0xff);
        out.write(marker);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xff);
        out.writeBytes(payload);
    }

    private static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    public static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
