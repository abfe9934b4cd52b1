package com.coachkeep.infrastructure.image;

import com.coachkeep.infrastructure.platform.PlatformReady;
import com.coachkeep.shared.application.ImageDecodingBusyException;
import com.coachkeep.shared.application.ImageRefusedException;
import com.coachkeep.shared.application.ImageRefusedException.Reason;
import com.coachkeep.shared.application.ImageSanitizer;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.eclipse.microprofile.config.Config;

/**
 * {@link ImageSanitizer} on ImageIO with the TwelveMonkeys JPEG and WebP readers. In order: the size limit; the type
 * by magic numbers; the structure from first to last byte (truncated files and anything appended); the dimensions
 * from the header alone, against the pixel limit, before a single pixel is decoded; the decoding, with the reader
 * told to ignore metadata; the EXIF orientation (read with metadata-extractor) applied to the pixels; the re-encoding
 * from a fresh sRGB raster (JPEG at quality 0.9, or PNG when the image has transparency), which carries nothing of
 * the upload but its pixels; and a thumbnail made the same way. From the decoding to the thumbnail's encoding, an upload
 * holds one of the server's {@link DecodePermits}.
 */
@ApplicationScoped
public class ImageIoSanitizer implements ImageSanitizer {
    private static final Logger LOG = Logger.getLogger(ImageIoSanitizer.class.getName());
    private static final float JPEG_QUALITY = 0.9f;

    private DecodePermits decodes;

    static {
        // ImageIO finds plug-ins through the thread's class loader; in the server that is not always the one that
        // holds TwelveMonkeys, so scan with this class's own
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            thread.setContextClassLoader(ImageIoSanitizer.class.getClassLoader());
            ImageIO.setUseCache(false);
            ImageIO.scanForPlugins();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Decodes limited by the heap (as many at once as {@link DecodePermits#fromHeap} gives). */
    public ImageIoSanitizer() {
        this(new DecodePermits(DecodePermits.fromHeap(Runtime.getRuntime().maxMemory()), DecodePermits.WAIT));
    }

    ImageIoSanitizer(DecodePermits decodes) {
        this.decodes = decodes;
    }

    /** In the server: the number of decodes at once as configured ({@value DecodePermits#MAX_CONCURRENT}), else from the heap. */
    @Inject
    void configure(Config config) {
        decodes = DecodePermits.configured(config.getOptionalValue(DecodePermits.MAX_CONCURRENT, String.class), Runtime.getRuntime().maxMemory());
    }

    /** Reads the setting at start (a wrong value stops the start, not the first upload) and says what it gives. */
    void start(@Observes PlatformReady ready) {
        LOG.info(() -> "images: at most " + decodes.size() + " decoded at once on this node (" + DecodePermits.MAX_CONCURRENT
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)");
    }

    @Override
    public SanitizedImage sanitize(byte[] upload, Limits limits) {
        if (upload == null || upload.length == 0) {
            throw new ImageRefusedException(Reason.UNSUPPORTED_TYPE, "The upload is empty; send a JPEG, PNG or WebP image.");
        }
        if (upload.length > limits.maxBytes()) {
            throw new ImageRefusedException(Reason.TOO_LARGE, "The upload has " + upload.length + " bytes; at most "
                    + limits.maxBytes() + " are accepted.");
        }
        ImageFormat format = ImageFormat.detect(upload).orElseThrow(() -> new ImageRefusedException(Reason.UNSUPPORTED_TYPE,
                "The upload is not a JPEG, PNG or WebP image (judged by its bytes, not its name or declared type)."));
        format.checkStructure(upload);
        try (Decoded decoded = decode(upload, format, limits)) {
            BufferedImage upright = upright(decoded.image(), orientation(upload));
            decoded.image().flush();
            boolean alpha = upright.getColorModel().hasAlpha();
            EncodedImage full = encode(upright, alpha);
            BufferedImage small = thumbnail(upright, limits.thumbnailEdge());
            EncodedImage thumbnail = encode(small, alpha);
            return new SanitizedImage(full, thumbnail, format.mediaType);
        }
    }

    /** A decoded image and the permit it holds until it is encoded. */
    private record Decoded(BufferedImage image, DecodePermits.Permit permit) implements AutoCloseable {
        @Override
        public void close() {
            permit.close();
        }
    }

    /** The header's size against the pixel limit, then (holding a permit from here on) the pixels. */
    private Decoded decode(byte[] upload, ImageFormat format, Limits limits) {
        ImageReader reader = reader(format);
        DecodePermits.Permit permit = null;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new ImageRefusedException(Reason.CORRUPT, "The image's header gives no size.");
            }
            long pixels = (long) width * height;
            if (pixels > limits.maxPixels()) {
                throw new ImageRefusedException(Reason.TOO_MANY_PIXELS, "The image claims " + width + "×" + height
                        + " pixels; at most " + limits.maxPixels() + " pixels are accepted.");
            }
            permit = decodes.acquire();
            BufferedImage image = reader.read(0, reader.getDefaultReadParam());
            if (image == null || image.getWidth() != width || image.getHeight() != height) {
                throw new ImageRefusedException(Reason.CORRUPT, "The image does not decode to the size its header gives.");
            }
            Decoded decoded = new Decoded(image, permit);
            permit = null;
            return decoded;
        } catch (ImageRefusedException | ImageDecodingBusyException e) {
            throw e;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            LOG.log(Level.FINE, "An upload did not decode", e);
            throw new ImageRefusedException(Reason.CORRUPT, "The image does not decode: it is damaged or truncated.");
        } finally {
            reader.dispose();
            if (permit != null) {
                permit.close();
            }
        }
    }

    private static ImageReader reader(ImageFormat format) {
        String name = format.name().toLowerCase(Locale.ROOT);
        ImageReader fallback = null;
        for (Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(name); readers.hasNext(); ) {
            ImageReader candidate = readers.next();
            // TwelveMonkeys' JPEG reader also reads CMYK and YCCK photos, and recovers from more oddities
            if (format != ImageFormat.JPEG || candidate.getClass().getName().startsWith("com.twelvemonkeys.")) {
                if (fallback != null) {
                    fallback.dispose();
                }
                return candidate;
            }
            if (fallback == null) {
                fallback = candidate;
            } else {
                candidate.dispose();
            }
        }
        if (fallback != null) {
            return fallback;
        }
        throw new IllegalStateException("No ImageIO reader for " + name + ": is TwelveMonkeys on the class path?");
    }

    /** The EXIF orientation (1 to 8), or 1 when there is none or it cannot be read. */
    static int orientation(byte[] upload) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(upload), upload.length);
            for (ExifIFD0Directory directory : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
                if (directory.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                    int value = directory.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                    return value >= 1 && value <= 8 ? value : 1;
                }
            }
        } catch (Exception e) {
            LOG.log(Level.FINE, "No readable EXIF orientation", e);
        }
        return 1;
    }

    /** The pixels turned as the orientation says, in a fresh sRGB raster (with alpha only when the source has it). */
    static BufferedImage upright(BufferedImage source, int orientation) {
        int w = source.getWidth();
        int h = source.getHeight();
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
        boolean swap = orientation >= 5;
        boolean alpha = source.getColorModel().hasAlpha();
        BufferedImage target = new BufferedImage(swap ? h : w, swap ? w : h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(source, t, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** Halves the image until it is within twice the edge, then scales it the rest of the way (bilinear each time). */
    static BufferedImage thumbnail(BufferedImage image, int edge) {
        BufferedImage current = image;
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        while (true) {
            int longest = Math.max(current.getWidth(), current.getHeight());
            if (longest <= edge) {
                return current == image ? scaled(image, image.getWidth(), image.getHeight(), type) : current;
            }
            double factor = longest > 2 * edge ? 0.5 : (double) edge / longest;
            int w = Math.max(1, (int) Math.round(current.getWidth() * factor));
            int h = Math.max(1, (int) Math.round(current.getHeight() * factor));
            current = scaled(current, w, h, type);
        }
    }

    private static BufferedImage scaled(BufferedImage source, int w, int h, int type) {
        BufferedImage target = new BufferedImage(w, h, type);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** Encodes the pixels alone: JPEG (JFIF, no EXIF, no ICC profile) or, with transparency, PNG (no text chunks). */
    static EncodedImage encode(BufferedImage image, boolean alpha) {
        String format = alpha ? "png" : "jpeg";
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new IllegalStateException("No ImageIO writer for " + format);
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(1024, image.getWidth() * image.getHeight() / 4));
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (!alpha) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("Could not encode an image", e);
        } finally {
            writer.dispose();
        }
        return new EncodedImage(bytes.toByteArray(), alpha ? "image/png" : "image/jpeg", image.getWidth(), image.getHeight());
    }
}
