package com.coachkeep.infrastructure.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.application.ImageDecodingBusyException;
import com.coachkeep.shared.application.ImageRefusedException;
import com.coachkeep.shared.application.ImageRefusedException.Reason;
import com.coachkeep.shared.application.ImageSanitizer.Limits;
import com.coachkeep.shared.application.ImageSanitizer.SanitizedImage;
import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.file.FileTypeDirectory;
import com.drew.metadata.icc.IccDirectory;
import com.drew.metadata.jfif.JfifDirectory;
import com.drew.metadata.jpeg.HuffmanTablesDirectory;
import com.drew.metadata.jpeg.JpegCommentDirectory;
import com.drew.metadata.jpeg.JpegDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageIoSanitizerTest {
    private final ImageIoSanitizer sanitizer = new ImageIoSanitizer();

    @Test
    void aPhoneJpegWithGpsIsTurnedUprightAndLeavesNoMetadata() throws Exception {
        byte[] upload = ImageFixtures.cameraJpeg(40, 20, 6);
        Metadata in = ImageMetadataReader.readMetadata(new ByteArrayInputStream(upload), upload.length);
        GpsDirectory gps = in.getFirstDirectoryOfType(GpsDirectory.class);
        assertNotNull(gps, "the fixture carries a GPS IFD");
        GeoLocation where = gps.getGeoLocation();
        assertEquals(52.516, where.getLatitude(), 0.01);
        assertEquals(13.4, where.getLongitude(), 0.01);
        assertEquals(6, in.getFirstDirectoryOfType(ExifIFD0Directory.class).getInt(ExifIFD0Directory.TAG_ORIENTATION));
        assertNotNull(in.getFirstDirectoryOfType(XmpDirectory.class), "the fixture carries XMP");
        assertNotNull(in.getFirstDirectoryOfType(JpegCommentDirectory.class), "the fixture carries a comment");

        SanitizedImage out = sanitizer.sanitize(upload, Limits.DEFAULT);

        assertEquals("image/jpeg", out.sourceType());
        assertEquals("image/jpeg", out.full().mediaType());
        assertEquals(20, out.full().width(), "orientation 6 turns 40×20 upright to 20×40");
        assertEquals(40, out.full().height());
        BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(out.full().bytes()));
        assertEquals(20, pixels.getWidth());
        assertTrue(isRed(pixels.getRGB(15, 4)), "the red top-left corner is now top-right (turned 90° clockwise)");
        assertTrue(isBlue(pixels.getRGB(4, 4)), "and the top-left is blue");
        assertNoMetadata(out.full().bytes());
        assertNoMetadata(out.thumbnail().bytes());
    }

    @Test
    void everyOrientationGivesTheUprightSize() {
        for (int orientation = 1; orientation <= 8; orientation++) {
            SanitizedImage out = sanitizer.sanitize(ImageFixtures.cameraJpeg(40, 20, orientation), Limits.DEFAULT);
            boolean swapped = orientation >= 5;
            assertEquals(swapped ? 20 : 40, out.full().width(), "orientation " + orientation);
            assertEquals(swapped ? 40 : 20, out.full().height(), "orientation " + orientation);
        }
    }

    @Test
    void aPngWithTextAndTransparencyStaysPngWithoutItsText() throws Exception {
        byte[] upload = ImageFixtures.pngWithText(30, 30);
        assertTrue(contains(upload, ImageFixtures.PNG_TEXT_MARKER));
        SanitizedImage out = sanitizer.sanitize(upload, Limits.DEFAULT);
        assertEquals("image/png", out.sourceType());
        assertEquals("image/png", out.full().mediaType(), "transparency is kept, so PNG");
        assertNoMetadata(out.full().bytes());
    }

    @Test
    void webpIsReadAndReencoded() throws Exception {
        // the 1×1 lossy and lossless images browsers are probed with
        for (String base64 : List.of("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA",
                "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==")) {
            SanitizedImage out = sanitizer.sanitize(Base64.getDecoder().decode(base64), Limits.DEFAULT);
            assertEquals("image/webp", out.sourceType());
            assertEquals(1, out.full().width());
            assertNoMetadata(out.full().bytes());
        }
    }

    @Test
    void thumbnailsFitTheEdge() {
        SanitizedImage out = sanitizer.sanitize(ImageFixtures.jpeg(1000, 600), Limits.DEFAULT);
        assertEquals(1000, out.full().width());
        assertEquals(320, out.thumbnail().width());
        assertEquals(192, out.thumbnail().height());
        SanitizedImage small = sanitizer.sanitize(ImageFixtures.jpeg(100, 60), Limits.DEFAULT);
        assertEquals(100, small.thumbnail().width(), "a small image is not enlarged");
    }

    @Test
    void typeIsJudgedByBytesNotByAnythingDeclared() {
        assertRefused(Reason.UNSUPPORTED_TYPE, "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(Reason.UNSUPPORTED_TYPE, "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8));
        assertRefused(Reason.UNSUPPORTED_TYPE, "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        assertRefused(Reason.UNSUPPORTED_TYPE, new byte[0]);
        byte[] zipFirst = ImageFixtures.withZipAppended(new byte[0]);
        assertRefused(Reason.UNSUPPORTED_TYPE, ImageFixtures.concat(zipFirst, ImageFixtures.jpeg(10, 10)));
    }

    @Test
    void polyglotsAreRefused() {
        assertRefused(Reason.POLYGLOT, ImageFixtures.withZipAppended(ImageFixtures.cameraJpeg(40, 20, 1)));
        assertRefused(Reason.POLYGLOT, ImageFixtures.withHtmlAppended(ImageFixtures.pngWithText(20, 20)));
        byte[] webp = Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");
        assertRefused(Reason.POLYGLOT, ImageFixtures.withHtmlAppended(webp));
        // a second JPEG after the first (a camera's Multi-Picture Format) is an image, not a polyglot
        byte[] twoImages = ImageFixtures.concat(ImageFixtures.jpeg(40, 20), ImageFixtures.jpeg(8, 8));
        assertEquals(40, sanitizer.sanitize(twoImages, Limits.DEFAULT).full().width());
        assertRefused(Reason.POLYGLOT, ImageFixtures.withZipAppended(twoImages));
    }

    @Test
    void truncatedFilesAreRefused() {
        byte[] jpeg = ImageFixtures.cameraJpeg(200, 100, 1);
        assertRefused(Reason.CORRUPT, Arrays.copyOf(jpeg, jpeg.length / 2));
        assertRefused(Reason.CORRUPT, Arrays.copyOf(jpeg, jpeg.length - 2));
        byte[] png = ImageFixtures.pngWithText(50, 50);
        assertRefused(Reason.CORRUPT, Arrays.copyOf(png, png.length - 20));
        byte[] webp = Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");
        assertRefused(Reason.CORRUPT, Arrays.copyOf(webp, webp.length - 6));
        assertRefused(Reason.CORRUPT, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});
    }

    @Test
    void damagedPixelDataIsRefused() {
        byte[] png = ImageFixtures.encode(ImageFixtures.picture(50, 50, false), "png");
        byte[] damaged = png.clone();
        // inside the IDAT data: the CRC no longer matches and the zlib stream breaks
        for (int i = 60; i < 80; i++) {
            damaged[i] = (byte) 0x5a;
        }
        assertRefused(Reason.CORRUPT, damaged);
    }

    @Test
    void oversizedUploadsAreRefusedBeforeAnythingElse() {
        byte[] big = new byte[(int) Limits.DEFAULT.maxBytes() + 1];
        byte[] jpeg = ImageFixtures.jpeg(10, 10);
        System.arraycopy(jpeg, 0, big, 0, jpeg.length);
        assertRefused(Reason.TOO_LARGE, big);
        assertRefused(Reason.TOO_LARGE, ImageFixtures.jpeg(100, 100), new Limits(500, 1_000_000, 32));
    }

    @Test
    void aPixelBombIsRefusedFromItsHeaderWithoutDecoding() {
        byte[] bomb = ImageFixtures.pngClaiming(50_000, 50_000);
        assertTrue(bomb.length < 10_000, "the bomb is small: " + bomb.length + " bytes");
        long before = usedMemory();
        assertRefused(Reason.TOO_MANY_PIXELS, bomb);
        long grown = usedMemory() - before;
        assertTrue(grown < 200L * 1024 * 1024, "refused without allocating its 7.5 GB raster (grew " + grown + " bytes)");
        assertRefused(Reason.TOO_MANY_PIXELS, ImageFixtures.jpeg(100, 100), new Limits(15_000_000, 9_999, 32));
    }

    @Test
    void withEveryDecodePermitTakenAValidImageIsAnsweredBusyWhileRefusalsStayImmediate() {
        DecodePermits permits = new DecodePermits(1, Duration.ofMillis(50));
        ImageIoSanitizer limited = new ImageIoSanitizer(permits);
        DecodePermits.Permit held = permits.acquire();
        try {
            assertThrows(ImageDecodingBusyException.class, () -> limited.sanitize(ImageFixtures.jpeg(40, 20), Limits.DEFAULT));
            // refusals before the pixels are decoded neither wait nor take a permit
            ImageRefusedException bomb = assertThrows(ImageRefusedException.class,
                    () -> limited.sanitize(ImageFixtures.pngClaiming(50_000, 50_000), Limits.DEFAULT));
            assertEquals(Reason.TOO_MANY_PIXELS, bomb.reason());
            ImageRefusedException polyglot = assertThrows(ImageRefusedException.class,
                    () -> limited.sanitize(ImageFixtures.withZipAppended(ImageFixtures.jpeg(40, 20)), Limits.DEFAULT));
            assertEquals(Reason.POLYGLOT, polyglot.reason());
            assertEquals(1, permits.inUse());
        } finally {
            held.close();
        }
        assertEquals(40, limited.sanitize(ImageFixtures.jpeg(40, 20), Limits.DEFAULT).full().width(), "free again, the same upload passes");
        assertEquals(0, permits.inUse(), "the permit is given back once both copies are encoded");
    }

    @Test
    void aDecodeThatFailsGivesItsPermitBack() {
        DecodePermits permits = new DecodePermits(1, Duration.ofMillis(50));
        ImageIoSanitizer limited = new ImageIoSanitizer(permits);
        byte[] png = ImageFixtures.encode(ImageFixtures.picture(50, 50, false), "png");
        byte[] damaged = png.clone();
        for (int i = 60; i < 80; i++) {
            damaged[i] = (byte) 0x5a;
        }
        try (DecodePermits.Permit held = permits.acquire()) {
            assertThrows(ImageDecodingBusyException.class, () -> limited.sanitize(damaged, Limits.DEFAULT),
                    "the damage is in the pixels: found only once decoding, with a permit");
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(Reason.CORRUPT, assertThrows(ImageRefusedException.class, () -> limited.sanitize(damaged, Limits.DEFAULT)).reason());
            assertEquals(0, permits.inUse(), "after failure " + (i + 1));
        }
        assertEquals(50, limited.sanitize(png, Limits.DEFAULT).full().width());
    }

    private static long usedMemory() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private void assertRefused(Reason reason, byte[] upload) {
        assertRefused(reason, upload, Limits.DEFAULT);
    }

    private void assertRefused(Reason reason, byte[] upload, Limits limits) {
        ImageRefusedException e = assertThrows(ImageRefusedException.class, () -> sanitizer.sanitize(upload, limits));
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(reason.code(), e.code());
    }

    /** Nothing but what describes the encoding itself: no EXIF, GPS, XMP, ICC profile, comment or text. */
    static void assertNoMetadata(byte[] image) throws Exception {
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(image), image.length);
        Set<Class<?>> encodingOnly = Set.of(JpegDirectory.class, JfifDirectory.class, HuffmanTablesDirectory.class,
                FileTypeDirectory.class, PngDirectory.class);
        List<String> found = new ArrayList<>();
        for (Directory directory : metadata.getDirectories()) {
            if (!encodingOnly.contains(directory.getClass())) {
                found.add(directory.getName());
            }
            if (directory instanceof PngDirectory png) {
                png.getTags().forEach(tag -> {
                    if (tag.getTagName().toLowerCase().contains("text")) {
                        found.add("PNG " + tag.getTagName());
                    }
                });
            }
        }
        assertTrue(found.isEmpty(), "metadata left: " + found);
        assertFalse(metadata.containsDirectoryOfType(GpsDirectory.class));
        assertFalse(metadata.containsDirectoryOfType(ExifIFD0Directory.class));
        assertFalse(metadata.containsDirectoryOfType(XmpDirectory.class));
        assertFalse(metadata.containsDirectoryOfType(IccDirectory.class));
        assertFalse(metadata.containsDirectoryOfType(JpegCommentDirectory.class));
        for (String marker : List.of("Exif\0\0", ImageFixtures.XMP_MARKER, ImageFixtures.COMMENT_MARKER,
                ImageFixtures.PNG_TEXT_MARKER, "http://ns.adobe.com/xap")) {
            assertFalse(contains(image, marker), "bytes contain " + marker.trim());
        }
    }

    static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    private static boolean isRed(int rgb) {
        return ((rgb >> 16) & 0xff) > 200 && (rgb & 0xff) < 60;
    }

    private static boolean isBlue(int rgb) {
        return ((rgb >> 16) & 0xff) < 60 && (rgb & 0xff) > 200;
    }
}
