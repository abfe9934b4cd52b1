package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.checkin.domain.PhotoId;
import com.coachkeep.checkin.domain.PhotoLinkClaims;
import com.coachkeep.checkin.domain.PhotoVariant;
import com.coachkeep.infrastructure.crypto.HmacPhotoLinkSigner;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.testing.Exports;
import com.coachkeep.infrastructure.image.ImageFixtures;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.jpeg.JpegCommentDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import io.restassured.response.Response;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Progress photos through the API, end to end: a phone photo with EXIF GPS is uploaded, stored encrypted in the file
 * store, and served (by the authorized endpoint, by a signed link, in the client's export) upright and without any
 * metadata; refused uploads store nothing; signed links expire, cannot be altered and serve nobody but their viewer;
 * staff see what the permission model and the client's privacy choice allow; comparison with that day's weight; the
 * client deletes a photo at once, and erasure removes the files.
 */
@Tag("promise:P-ENC-2")
class ProgressPhotosIT {
    static Workspaces.Populated w;
    static String base;
    static final LocalDate FIRST_DAY = LocalDate.now(ZoneOffset.UTC).minusDays(30);
    static final LocalDate LATER_DAY = LocalDate.now(ZoneOffset.UTC).minusDays(2);

    @BeforeAll
    static void workspace() {
        w = Workspaces.populated("Photos " + UUID.randomUUID().toString().substring(0, 8));
        base = "/api/v1/workspaces/" + w.id() + "/clients/" + w.clientId() + "/photos";
    }

    static Response upload(String token, byte[] body, String pose, LocalDate day) {
        return TestServer.as(token).contentType("image/jpeg").body(body).post(base + "?pose=" + pose + "&takenOn=" + day);
    }

    @Test
    void uploadServeLinkCompareHideAndDelete() throws Exception {
        String client = w.client().token();
        String coach = w.coach().token();

        // a phone photo: turned (orientation 6), with GPS, XMP and a comment
        byte[] phone = ImageFixtures.cameraJpeg(400, 300, 6);
        Metadata in = ImageMetadataReader.readMetadata(new ByteArrayInputStream(phone), phone.length);
        assertNotNull(in.getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation(), "the upload carries a GPS position");
        long started = System.nanoTime();
        Response up = upload(client, phone, "front", FIRST_DAY);
        System.out.printf("progress photo upload of a 400x300 JPEG through the API: %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertEquals(201, up.statusCode(), up.asString());
        String first = up.path("id");
        assertEquals(300, up.<Integer>path("width"), "turned upright");
        assertEquals(400, up.<Integer>path("height"));
        assertEquals("image/jpeg", up.path("mediaType"));
        assertFalse(up.<Boolean>path("hiddenFromStaff"));

        // stored only encrypted, in the client's folder of the file store
        List<Path> stored = clientFiles(w.clientId());
        assertEquals(2, stored.size(), "the photo and its thumbnail: " + stored);
        for (Path f : stored) {
            byte[] raw = Files.readAllBytes(f);
            assertFalse(raw.length > 2 && (raw[0] & 0xff) == 0xff && (raw[1] & 0xff) == 0xd8, "a stored file is not a plain JPEG");
            assertFalse(new String(raw, StandardCharsets.ISO_8859_1).contains("JFIF"), "a stored file is encrypted");
        }

        // served without metadata, upright, privately
        Response content = TestServer.as(client).get(base + "/" + first + "/content");
        assertEquals(200, content.statusCode());
        assertEquals("image/jpeg", content.contentType());
        assertEquals("nosniff", content.header("X-Content-Type-Options"));
        assertTrue(content.header("Cache-Control").contains("no-store"), content.header("Cache-Control"));
        byte[] served = content.asByteArray();
        assertNoMetadata(served);
        BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(served));
        assertEquals(300, pixels.getWidth());
        assertEquals(400, pixels.getHeight());
        assertTrue(isRed(pixels.getRGB(250, 40)), "the red corner is top right once the photo is upright");
        byte[] thumbnail = TestServer.as(client).get(base + "/" + first + "/content?variant=thumbnail").then().statusCode(200)
                .extract().asByteArray();
        assertNoMetadata(thumbnail);
        assertEquals(320, ImageIO.read(new ByteArrayInputStream(thumbnail)).getHeight());

        // refused uploads store nothing
        int before = clientFiles(w.clientId()).size();
        byte[] jpeg = ImageFixtures.jpeg(64, 48);
        Map<String, byte[]> refused = new java.util.LinkedHashMap<>();
        refused.put("image-polyglot", ImageFixtures.withZipAppended(phone));
        refused.put("image-corrupt", Arrays.copyOf(phone, phone.length / 2));
        refused.put("image-too-many-pixels", ImageFixtures.pngClaiming(50_000, 50_000));
        byte[] large = Arrays.copyOf(jpeg, 15 * 1024 * 1024 + 1);
        refused.put("image-too-large", large);
        refused.put("image-unsupported-type", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        for (var e : refused.entrySet()) {
            Response r = upload(client, e.getValue(), "front", LATER_DAY);
            assertEquals(422, r.statusCode(), e.getKey() + ": " + r.asString());
            assertEquals("https://coachkeep.app/problems/" + e.getKey(), r.path("type"), r.asString());
            assertTrue(r.contentType().startsWith("application/problem+json"));
        }
        assertEquals(before, clientFiles(w.clientId()).size(), "no file stored for a refused upload");
        assertEquals(1, TestServer.as(client).get(base).then().statusCode(200).extract().<List<?>>path("items").size());
        Response noPose = upload(client, jpeg, "upside-down", LATER_DAY);
        assertEquals(400, noPose.statusCode());
        assertEquals(List.of("pose"), noPose.path("errors.field"));

        // who may see it: the assigned coach yes, the assistant has no photos_view, another client nothing
        assertEquals(1, TestServer.as(coach).get(base).then().statusCode(200).extract().<List<?>>path("items").size());
        assertEquals(403, TestServer.as(w.assistant().token()).get(base).statusCode());
        assertEquals(404, TestServer.as(w.otherClient().token()).get(base + "/" + first + "/content").statusCode());
        assertEquals(403, upload(coach, jpeg, "front", LATER_DAY).statusCode(), "staff do not upload a client's photos");
        assertEquals(403, TestServer.as(coach).delete(base + "/" + first).statusCode(), "staff do not delete them");

        // signed links: for their viewer only, unaltered, within their lifetime
        Response link = TestServer.as(client).post(base + "/" + first + "/links");
        assertEquals(201, link.statusCode(), link.asString());
        String url = link.path("url");
        Instant expires = Instant.parse(link.path("expiresAt"));
        assertTrue(expires.isAfter(Instant.now()) && !expires.isAfter(Instant.now().plusSeconds(301)), "at most 5 minutes: " + expires);
        assertArrayEquals(served, TestServer.as(client).get(url).then().statusCode(200).extract().asByteArray());
        assertEquals(404, TestServer.as(coach).get(url).statusCode(), "another viewer, even one who may see the photo");
        assertEquals(404, TestServer.as(w.otherClient().token()).get(url).statusCode());
        assertEquals(401, TestServer.request().get(url).statusCode(), "the link alone is not enough");
        String token = url.substring(url.lastIndexOf('/') + 1);
        for (String altered : tampered(token)) {
            assertEquals(404, TestServer.as(client).get("/api/v1/photo-links/" + altered).statusCode(), altered);
        }
        // links signed with the server's own key, for this viewer: one expired a second ago, one claiming an hour
        HmacPhotoLinkSigner signer = HmacPhotoLinkSigner.withKey(Base64.getDecoder().decode(
                Files.readString(TestServer.DATA_DIR.resolve("photo-link-hmac.key")).trim()));
        PersonId clientPerson = personOf(client);
        PhotoLinkClaims valid = new PhotoLinkClaims(new WorkspaceId(UUID.fromString(w.id())), ClientId.parse(w.clientId()),
                PhotoId.parse(first), PhotoVariant.FULL, clientPerson, Instant.now().plusSeconds(240));
        assertEquals(200, TestServer.as(client).get("/api/v1/photo-links/" + signer.sign(valid)).statusCode(),
                "a link made with the server's key works (so the next refusals are about time)");
        PhotoLinkClaims expired = new PhotoLinkClaims(valid.workspaceId(), valid.clientId(), valid.photoId(), valid.variant(), clientPerson,
                Instant.now().minusSeconds(1));
        assertEquals(404, TestServer.as(client).get("/api/v1/photo-links/" + signer.sign(expired)).statusCode(), "expired");
        PhotoLinkClaims tooLong = new PhotoLinkClaims(valid.workspaceId(), valid.clientId(), valid.photoId(), valid.variant(), clientPerson,
                Instant.now().plusSeconds(3600));
        assertEquals(404, TestServer.as(client).get("/api/v1/photo-links/" + signer.sign(tooLong)).statusCode(), "lives over 5 minutes");

        // the client hides the photo from staff: the coach's list, content and earlier link lose it at once
        String coachLink = TestServer.as(coach).post(base + "/" + first + "/links?variant=thumbnail").then().statusCode(201)
                .extract().path("url");
        assertEquals(200, TestServer.as(coach).get(coachLink).statusCode());
        Response hidden = TestServer.as(client).contentType("application/json").body(Map.of("hiddenFromStaff", true))
                .put(base + "/" + first + "/visibility");
        assertEquals(200, hidden.statusCode(), hidden.asString());
        assertTrue(hidden.<Boolean>path("hiddenFromStaff"));
        assertEquals(0, TestServer.as(coach).get(base).then().statusCode(200).extract().<List<?>>path("items").size());
        assertEquals(404, TestServer.as(coach).get(base + "/" + first + "/content").statusCode());
        assertEquals(404, TestServer.as(coach).get(coachLink).statusCode(), "a link is authorized again when used");
        assertEquals(1, TestServer.as(client).get(base).then().statusCode(200).extract().<List<?>>path("items").size());
        TestServer.as(client).contentType("application/json").body(Map.of("hiddenFromStaff", false)).put(base + "/" + first + "/visibility")
                .then().statusCode(200);

        // comparison: a later photo against the first, with each day's weight (the later day's logged in pounds; none the first day)
        TestServer.as(client).contentType("application/json").body(Map.of("type", "bodyweight", "value", 176.4, "unit", "lb",
                "measuredOn", LATER_DAY.toString())).post(base.replace("/photos", "/metrics")).then().statusCode(201);
        String later = upload(client, ImageFixtures.cameraJpeg(300, 400, 1), "front", LATER_DAY).then().statusCode(201).extract().path("id");
        upload(client, ImageFixtures.jpeg(200, 300), "side", LATER_DAY).then().statusCode(201);
        Response compared = TestServer.as(coach).get(base + "/compare?pose=front&after=" + LATER_DAY);
        assertEquals(200, compared.statusCode(), compared.asString());
        assertEquals(first, compared.path("before.photo.id"));
        assertEquals(later, compared.path("after.photo.id"));
        assertEquals(FIRST_DAY.toString(), compared.path("before.photo.takenOn"));
        assertNull(compared.path("before.weightKg"), "nothing was weighed on the first day");
        assertEquals(80.01, ((Number) compared.path("after.weightKg")).doubleValue(), 0.005, "176.4 lb, in kilograms");
        Response twoDays = TestServer.as(client).get(base + "/compare?pose=front&before=" + FIRST_DAY + "&after=" + LATER_DAY);
        assertEquals(first, twoDays.path("before.photo.id"));
        assertEquals(404, TestServer.as(client).get(base + "/compare?pose=back&after=" + LATER_DAY).statusCode(), "no back photo");
        Response backwards = TestServer.as(client).get(base + "/compare?pose=front&before=" + LATER_DAY + "&after=" + FIRST_DAY);
        assertEquals(400, backwards.statusCode(), backwards.asString());
        assertEquals(2, TestServer.as(client).get(base + "?pose=front").then().statusCode(200).extract().<List<?>>path("items").size());

        // the client deletes the first photo: row, files and links gone at once
        int filesBefore = clientFiles(w.clientId()).size();
        assertEquals(204, TestServer.as(client).delete(base + "/" + first).statusCode());
        assertEquals(404, TestServer.as(client).get(base + "/" + first + "/content").statusCode());
        assertEquals(404, TestServer.as(client).get(base + "/" + first).statusCode());
        assertEquals(404, TestServer.as(client).get(url).statusCode());
        assertEquals(filesBefore - 2, clientFiles(w.clientId()).size());
        assertTrue(clientFiles(w.clientId()).stream().noneMatch(p -> p.getFileName().toString().equals(first)));
        assertEquals(404, TestServer.as(client).delete(base + "/" + first).statusCode());

        // every change is in the workspace's audit trail
        List<String> kinds = TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/audit-events?kind=photo&limit=100", w.id())
                .then().statusCode(200).extract().path("items.kind");
        assertTrue(kinds.containsAll(List.of("photo.uploaded", "photo.link_issued", "photo.hidden_from_staff", "photo.shown_to_staff",
                "photo.deleted")), kinds.toString());
    }

    @Test
    void theClientsExportHoldsTheStrippedPhotosAndErasureRemovesTheFiles() throws Exception {
        Workspaces.Populated v = Workspaces.populated("Photos export " + UUID.randomUUID().toString().substring(0, 8));
        String photos = "/api/v1/workspaces/" + v.id() + "/clients/" + v.clientId() + "/photos";
        String id = TestServer.as(v.client().token()).contentType("image/jpeg").body(ImageFixtures.cameraJpeg(640, 480, 1))
                .post(photos + "?pose=side&takenOn=" + LATER_DAY).then().statusCode(201).extract().path("id");
        assertEquals(2, clientFiles(v.clientId()).size(), "the photo and its thumbnail");
        String exportId = TestServer.as(v.client().token()).post("/api/v1/workspaces/{w}/clients/me/exports", v.id()).then().statusCode(202)
                .extract().path("id");
        String download = Exports.awaitReady(v.client().token(), v.id(), exportId).path("download.url");
        Map<String, byte[]> zip = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(TestServer.as(v.client().token()).get(download).then()
                .statusCode(200).extract().asByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.put(e.getName(), in.readAllBytes());
            }
        }
        String csv = new String(zip.get("progress-photos/photos.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains(id) && csv.contains("side"), csv);
        byte[] photo = zip.get("progress-photos/" + v.clientId() + "/" + id + ".jpg");
        assertNotNull(photo, zip.keySet().toString());
        BufferedImage exported = ImageIO.read(new ByteArrayInputStream(photo));
        assertEquals(640, exported.getWidth(), "the original resolution");
        assertNoMetadata(photo);
        assertTrue(new String(zip.get("README.txt"), StandardCharsets.UTF_8).contains("photos.csv"));

        // the client leaves and deletes their data: the photo's files (and the export's archive) and row go with them
        assertEquals(3, clientFiles(v.clientId()).size(), "the photo, its thumbnail and the export's archive");
        Response leave = TestServer.as(v.client().token()).contentType("application/json").body(Map.of("confirm", true))
                .delete("/api/v1/workspaces/{w}/clients/me", v.id());
        assertTrue(leave.statusCode() < 300, leave.asString());
        List<Path> left = clientFiles(v.clientId());
        assertTrue(left.stream().noneMatch(p -> p.getFileName().toString().equals(id)), "the photo left the file store: " + left);
        assertTrue(left.size() <= 1, "the photo and its thumbnail left the file store (at most the export's archive, privacy's, may be "
                + "left): " + left);
        assertEquals(404, TestServer.as(v.owner().token()).get(photos + "/" + id).statusCode());
    }

    /** Figures, printed and not asserted: a 12-megapixel phone photo through the API, from request to stored. */
    @Test
    void aTwelveMegapixelPhotoFromUploadToStored() throws Exception {
        Workspaces.Populated v = Workspaces.populated("Photos 12 MP " + UUID.randomUUID().toString().substring(0, 8));
        String photos = "/api/v1/workspaces/" + v.id() + "/clients/" + v.clientId() + "/photos";
        byte[] photo = ImageFixtures.noisyCameraJpeg(4000, 3000);
        long[] millis = new long[4];
        for (int i = 0; i < millis.length; i++) {
            long started = System.nanoTime();
            Response r = TestServer.as(v.client().token()).contentType("image/jpeg").body(photo).post(photos + "?pose=front&takenOn=" + LATER_DAY);
            millis[i] = (System.nanoTime() - started) / 1_000_000;
            assertEquals(201, r.statusCode(), r.asString());
            assertEquals(3000, r.<Integer>path("width"), "turned upright");
        }
        System.out.printf("progress photo: a 12-megapixel JPEG of %.1f MB through the API, request to stored (201): %s ms%n",
                photo.length / 1048576.0, Arrays.toString(millis));
    }

    @Test
    void theDemoWorkspaceHasThirteenWeeksOfSilhouettes() throws Exception {
        String owner = DemoWorkspaceIT.token("owner");
        String demo = TestServer.as(owner).get("/api/v1/me").then().statusCode(200)
                .extract().path("memberships.find { it.workspaceName == 'Summit Strength & Nutrition' }.workspaceId");
        String client = DemoWorkspaceIT.token("client1");
        String me = TestServer.as(client).get("/api/v1/workspaces/{w}/clients/me", demo).then().statusCode(200).extract().path("id");
        String photos = "/api/v1/workspaces/" + demo + "/clients/" + me + "/photos";
        List<String> poses = TestServer.as(client).get(photos).then().statusCode(200).extract().path("items.pose");
        assertEquals(13, poses.stream().filter("front"::equals).count(), poses.toString());
        assertEquals(4, poses.stream().filter("side"::equals).count(), poses.toString());
        Response compared = TestServer.as(owner).get(photos + "/compare?pose=front&after=" + LocalDate.now(ZoneOffset.UTC));
        assertEquals(200, compared.statusCode(), compared.asString());
        byte[] latest = TestServer.as(client).get(compared.<String>path("after.photo.contentPath")).then().statusCode(200).extract()
                .asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(latest));
        assertEquals(480, image.getWidth());
        assertNoMetadata(latest);
    }

    /** Every stored file in the client's folder of the local file store under the test server's data directory. */
    static List<Path> clientFiles(String clientId) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> all = Files.walk(TestServer.DATA_DIR)) {
            all.filter(p -> p.getFileName().toString().equals("client-" + clientId) && Files.isDirectory(p)).forEach(dir -> {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).forEach(found::add);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        return found;
    }

    static PersonId personOf(String token) {
        return new PersonId(UUID.fromString(TestServer.as(token).get("/api/v1/me").then().statusCode(200).extract().<String>path("id")));
    }

    /** The token with one character of its claims, then of its MAC, changed; and the claims with another MAC. */
    static List<String> tampered(String token) {
        int dot = token.indexOf('.');
        List<String> out = new ArrayList<>();
        out.add(flip(token, 3));
        out.add(flip(token, dot + 3));
        out.add(token.substring(0, dot));
        out.add(token + "A");
        return out;
    }

    static String flip(String s, int i) {
        char c = s.charAt(i);
        return s.substring(0, i) + (c == 'A' ? 'B' : 'A') + s.substring(i + 1);
    }

    static void assertNoMetadata(byte[] image) throws Exception {
        Metadata m = ImageMetadataReader.readMetadata(new ByteArrayInputStream(image), image.length);
        List<String> names = new ArrayList<>();
        for (Directory d : m.getDirectories()) {
            names.add(d.getName());
        }
        assertFalse(m.containsDirectoryOfType(GpsDirectory.class), names.toString());
        assertFalse(m.containsDirectoryOfType(ExifIFD0Directory.class), names.toString());
        assertFalse(m.containsDirectoryOfType(XmpDirectory.class), names.toString());
        assertFalse(m.containsDirectoryOfType(JpegCommentDirectory.class), names.toString());
        String text = new String(image, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains(ImageFixtures.COMMENT_MARKER) || text.contains(ImageFixtures.XMP_MARKER) || text.contains("Exif"), "markers left");
    }

    static boolean isRed(int rgb) {
        return ((rgb >> 16) & 0xff) > 200 && (rgb & 0xff) < 60;
    }
}
