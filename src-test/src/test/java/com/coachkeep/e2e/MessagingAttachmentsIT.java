package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.infrastructure.image.ImageFixtures;
import com.coachkeep.infrastructure.image.PdfFixtures;
import com.coachkeep.testing.EventStream;
import com.coachkeep.testing.Exports;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * A conversation between a coach and a client with attachments, end to end: a phone photo with EXIF GPS that every
 * reader is served without it, a PDF served as it was sent, a polyglot and a fake PDF refused with nothing stored, the
 * files in the file store only encrypted; read receipts, an edit, a delete that takes the attachments' files with it
 * (a tombstone stays) and a resend by the same client id that duplicates nothing; the live stream carries the
 * message with its attachments; the client's export holds the files and erasure removes them. Figures, printed and
 * not asserted: send-to-delivered latency for a live listener on the same node.
 */
class MessagingAttachmentsIT {
    static Response upload(String conversation, String token, String declaredType, byte[] body) {
        return TestServer.as(token).contentType(declaredType).body(body).post(conversation + "/attachments");
    }

    static Response send(String conversation, String token, String id, Map<String, ?> body) {
        return TestServer.as(token).contentType(ContentType.JSON).body(body).put(conversation + "/messages/" + id);
    }

    @Test
    void aCoachAndAClientExchangeAPhotoAndAPdfWithReceiptsAnEditADeleteAndAResend() throws Exception {
        Workspaces.Populated w = Workspaces.populated("Attachments " + UUID.randomUUID().toString().substring(0, 8));
        String conversation = "/api/v1/workspaces/" + w.id() + "/clients/" + w.clientId() + "/conversation";
        String client = w.client().token();
        String coach = w.coach().token();
        String marker = "attachment-marker-" + UUID.randomUUID();

        try (EventStream coachListens = EventStream.open(TestServer.BASE_URL + conversation + "/events", coach, null)) {
            assertEquals(200, coachListens.status());

            // the client uploads a phone photo carrying a GPS position, and a PDF (declared as anything: judged by bytes)
            byte[] phone = ImageFixtures.cameraJpeg(400, 300, 6, marker);
            assertNotNull(ImageMetadataReader.readMetadata(new ByteArrayInputStream(phone), phone.length)
                    .getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation(), "the upload carries a GPS position");
            Response photo = upload(conversation, client, "image/jpeg", phone);
            assertEquals(201, photo.statusCode(), photo.asString());
            assertEquals("image", photo.path("kind"));
            assertEquals(300, photo.<Integer>path("width"), "turned upright by the shared image pipeline");
            assertNull(photo.path("messageId"), "not sent yet");
            byte[] pdf = PdfFixtures.onePage("Meal plan, week 3 " + marker);
            Response plan = upload(conversation, client, "application/octet-stream", pdf);
            assertEquals(201, plan.statusCode(), plan.asString());
            assertEquals("application/pdf", plan.path("mediaType"));
            assertNull(plan.path("thumbnailPath"));
            String photoId = photo.path("id");
            String planId = plan.path("id");

            // only encrypted in the client's folder of the file store: the photo, its thumbnail, the PDF
            List<Path> stored = ProgressPhotosIT.clientFiles(w.clientId());
            assertEquals(3, stored.size(), stored.toString());
            for (Path f : stored) {
                String raw = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertFalse(raw.startsWith("%PDF") || raw.startsWith("\u00ff\u00d8") || raw.contains("JFIF") || raw.contains(marker),
                        "a stored file is encrypted: " + f);
            }

            // refused, whatever they are declared as: a JPEG with a ZIP behind it, a PDF with a ZIP behind it, an HTML page that
            // starts like a PDF, an SVG; nothing stored
            Map<String, byte[]> refused = new LinkedHashMap<>();
            refused.put("image-polyglot", ImageFixtures.withZipAppended(ImageFixtures.jpeg(64, 48)));
            refused.put("pdf-polyglot", PdfFixtures.withZipAppended(pdf));
            refused.put("pdf-corrupt", PdfFixtures.fakePdf());
            refused.put("attachment-unsupported-type", "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"
                    .getBytes(StandardCharsets.UTF_8));
            for (var r : refused.entrySet()) {
                Response answer = upload(conversation, client, "application/pdf", r.getValue());
                assertEquals(422, answer.statusCode(), r.getKey() + ": " + answer.asString());
                assertEquals("https://coachkeep.app/problems/" + r.getKey(), answer.path("type"), answer.asString());
            }
            assertEquals(3, ProgressPhotosIT.clientFiles(w.clientId()).size(), "nothing stored for a refused upload");

            // unsent: the coach does not see them; nobody but their uploader may send them
            assertEquals(404, TestServer.as(coach).get(conversation + "/attachments/" + photoId + "/content").statusCode());
            Response stolen = send(conversation, coach, UUID.randomUUID().toString(), Map.of("text", "mine now", "attachments", List.of(photoId)));
            assertEquals(400, stolen.statusCode(), stolen.asString());

            // the client sends both with a text; the app, unsure it arrived, sends the same id again: one message
            String messageId = UUID.randomUUID().toString();
            Map<String, Object> body = Map.of("text", "Form check from today, and the plan you asked for", "attachments", List.of(photoId, planId));
            Response sent = send(conversation, client, messageId, body);
            assertEquals(201, sent.statusCode(), sent.asString());
            assertEquals(List.of(photoId, planId), sent.path("attachments.id"));
            assertEquals(messageId, sent.path("attachments[0].messageId"));
            Response resent = send(conversation, client, messageId, body);
            assertEquals(200, resent.statusCode(), resent.asString());
            assertEquals(List.of(photoId, planId), resent.path("attachments.id"));
            assertEquals(409, send(conversation, client, messageId, Map.of("text", "Form check from today, and the plan you asked for",
                    "attachments", List.of(photoId))).statusCode(), "the same id with other attachments");
            JsonPath page = TestServer.as(coach).get(conversation + "/messages").then().statusCode(200).extract().jsonPath();
            assertEquals(1, page.getList("messages").size(), "no duplicate: " + page.prettify());
            assertEquals(2, page.getList("messages[0].attachments").size());

            // the coach's live stream carries the message with its attachments
            EventStream.Event live = coachListens.next(Duration.ofSeconds(20));
            assertNotNull(live, "the listener receives the message");
            assertTrue(live.data().contains(photoId) && live.data().contains(planId), live.data());
            assertNull(coachListens.next(Duration.ofMillis(300)), "once: the resend published nothing");

            // the coach opens both: the photo without its GPS position, as a download; the PDF as it was sent
            Response image = TestServer.as(coach).get(sent.<String>path("attachments[0].contentPath"));
            assertEquals(200, image.statusCode());
            assertEquals("image/jpeg", image.contentType());
            assertEquals("nosniff", image.header("X-Content-Type-Options"));
            assertEquals("attachment; filename=\"" + photoId + ".jpg\"", image.header("Content-Disposition"));
            assertTrue(image.header("Cache-Control").contains("no-store"), image.header("Cache-Control"));
            ProgressPhotosIT.assertNoMetadata(image.asByteArray());
            assertFalse(new String(image.asByteArray(), StandardCharsets.ISO_8859_1).contains(marker));
            assertEquals(300, javax.imageio.ImageIO.read(new ByteArrayInputStream(image.asByteArray())).getWidth());
            Response thumbnail = TestServer.as(coach).get(sent.<String>path("attachments[0].thumbnailPath"));
            assertEquals(200, thumbnail.statusCode());
            ProgressPhotosIT.assertNoMetadata(thumbnail.asByteArray());
            Response document = TestServer.as(coach).get(sent.<String>path("attachments[1].contentPath"));
            assertEquals(200, document.statusCode());
            assertEquals("application/pdf", document.contentType());
            assertEquals("attachment; filename=\"" + planId + ".pdf\"", document.header("Content-Disposition"));
            assertArrayEquals(pdf, document.asByteArray());
            // another client of the workspace, and an Accept that does not admit a PDF
            assertEquals(404, TestServer.as(w.otherClient().token()).get(sent.<String>path("attachments[1].contentPath")).statusCode());
            assertEquals(406, TestServer.as(coach).accept("image/png").get(sent.<String>path("attachments[1].contentPath")).statusCode());

            // receipts: the coach reads up to the message; the client sees it
            TestServer.as(coach).contentType(ContentType.JSON).body(Map.of("upTo", messageId)).put(conversation + "/read").then().statusCode(200);
            JsonPath seen = TestServer.as(client).get(conversation).then().statusCode(200).extract().jsonPath();
            assertEquals(messageId, seen.getString("receipts.find { it.staff }.readUpTo"), seen.prettify());
            assertEquals(0, TestServer.as(coach).get(conversation).then().statusCode(200).extract().<Integer>path("unread"));

            // the coach answers with a PDF alone, then edits in a text; the client reads it
            String answerPdfId = upload(conversation, coach, "application/pdf", PdfFixtures.onePage("Adjusted plan")).then().statusCode(201)
                    .extract().path("id");
            String answer = UUID.randomUUID().toString();
            Response alone = send(conversation, coach, answer, Map.of("attachments", List.of(answerPdfId)));
            assertEquals(201, alone.statusCode(), alone.asString());
            assertNull(alone.path("text"));
            Response edited = TestServer.as(coach).contentType(ContentType.JSON).body(Map.of("text", "Here is the adjusted plan"))
                    .patch(conversation + "/messages/" + answer);
            assertEquals(200, edited.statusCode(), edited.asString());
            assertEquals("Here is the adjusted plan", edited.path("text"));
            assertNotNull(edited.path("editedAt"));
            assertEquals(List.of(answerPdfId), edited.path("attachments.id"), "an edit keeps the attachments");
            TestServer.as(client).contentType(ContentType.JSON).body(Map.of("upTo", answer)).put(conversation + "/read").then().statusCode(200);
            assertEquals(0, TestServer.as(client).get(conversation).then().statusCode(200).extract().<Integer>path("unread"));

            // the client deletes their message: a tombstone without text or attachments; the files leave the store at once
            int before = ProgressPhotosIT.clientFiles(w.clientId()).size();
            Response tombstone = TestServer.as(client).delete(conversation + "/messages/" + messageId);
            assertEquals(200, tombstone.statusCode(), tombstone.asString());
            assertNotNull(tombstone.path("deletedAt"));
            assertNull(tombstone.path("text"));
            assertEquals(List.of(), tombstone.path("attachments"));
            assertEquals(before - 3, ProgressPhotosIT.clientFiles(w.clientId()).size(), "the photo, its thumbnail and the PDF");
            assertEquals(404, TestServer.as(coach).get(sent.<String>path("attachments[1].contentPath")).statusCode());
            JsonPath after = TestServer.as(coach).get(conversation + "/messages").then().statusCode(200).extract().jsonPath();
            assertEquals(2, after.getList("messages").size(), "the tombstone keeps its place");
            assertNotNull(after.getString("messages[1].deletedAt"));
        }

        List<String> kinds = TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/audit-events?kind=attachment&limit=100", w.id())
                .then().statusCode(200).extract().path("items.kind");
        assertEquals(List.of("attachment.uploaded", "attachment.uploaded", "attachment.uploaded"), kinds);
    }

    @Test
    void theClientsExportHoldsTheAttachmentsAndErasureRemovesTheirFiles() throws Exception {
        Workspaces.Populated v = Workspaces.populated("Attachments export " + UUID.randomUUID().toString().substring(0, 8));
        String conversation = "/api/v1/workspaces/" + v.id() + "/clients/" + v.clientId() + "/conversation";
        byte[] pdf = PdfFixtures.onePage("Blood work results");
        String pdfId = upload(conversation, v.client().token(), "application/pdf", pdf).then().statusCode(201).extract().path("id");
        String imageId = upload(conversation, v.coach().token(), "image/png", ImageFixtures.cameraJpeg(200, 100, 1)).then().statusCode(201)
                .extract().path("id");
        String clientMessage = UUID.randomUUID().toString();
        send(conversation, v.client().token(), clientMessage, Map.of("text", "My results", "attachments", List.of(pdfId))).then().statusCode(201);
        send(conversation, v.coach().token(), UUID.randomUUID().toString(), Map.of("attachments", List.of(imageId))).then().statusCode(201);

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
        String csv = new String(zip.get("message-attachments/attachments.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains(pdfId) && csv.contains(imageId) && csv.contains(clientMessage), csv);
        assertArrayEquals(pdf, zip.get("message-attachments/" + v.clientId() + "/" + pdfId + ".pdf"), zip.keySet().toString());
        byte[] image = zip.get("message-attachments/" + v.clientId() + "/" + imageId + ".jpg");
        assertNotNull(image, zip.keySet().toString());
        ProgressPhotosIT.assertNoMetadata(image);
        String json = new String(zip.get("messaging/conversations/" + v.clientId() + ".json"), StandardCharsets.UTF_8);
        assertTrue(json.contains(pdfId) && json.contains(imageId), "the conversation names its messages' attachments: " + json);

        // the workspace's export holds them too
        String wsExport = TestServer.as(v.owner().token()).post("/api/v1/workspaces/{w}/exports", v.id()).then().statusCode(202)
                .extract().path("id");
        String wsDownload = Exports.awaitReady(v.owner().token(), v.id(), wsExport).path("download.url");
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(TestServer.as(v.owner().token()).get(wsDownload).then()
                .statusCode(200).extract().asByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertTrue(names.stream().anyMatch(n -> n.endsWith("message-attachments/" + v.clientId() + "/" + pdfId + ".pdf")), names.toString());

        // the client leaves and deletes their data: the attachments' files go with them
        Response leave = TestServer.as(v.client().token()).contentType("application/json").body(Map.of("confirm", true))
                .delete("/api/v1/workspaces/{w}/clients/me", v.id());
        assertTrue(leave.statusCode() < 300, leave.asString());
        List<Path> left = ProgressPhotosIT.clientFiles(v.clientId());
        assertTrue(left.stream().noneMatch(p -> p.getFileName().toString().equals(pdfId) || p.getFileName().toString().equals(imageId)),
                "the attachments left the file store: " + left);
        assertTrue(left.size() <= 1, "at most the export's archive (privacy's) may be left: " + left);
    }

    /** Figures, printed and not asserted: send-to-delivered latency for a live listener on the same node. */
    @Test
    void figuresSendToDeliveredOnOneNode() throws Exception {
        Workspaces.Populated v = Workspaces.populated("Attachments figures " + UUID.randomUUID().toString().substring(0, 8));
        String conversation = "/api/v1/workspaces/" + v.id() + "/clients/" + v.clientId() + "/conversation";
        int n = Integer.getInteger("coachkeep.messaging.latencySamples", 200);
        List<Double> millis = new ArrayList<>();
        try (EventStream listener = EventStream.open(TestServer.BASE_URL + conversation + "/events", v.client().token(), null)) {
            assertEquals(200, listener.status());
            for (int i = 0; i < n; i++) {
                long sentAt = System.nanoTime();
                send(conversation, v.coach().token(), UUID.randomUUID().toString(), Map.of("text", "Latency " + i)).then().statusCode(201);
                EventStream.Event e = listener.next(Duration.ofSeconds(20));
                assertNotNull(e, "message " + i);
                millis.add((e.receivedAt() - sentAt) / 1e6);
            }
            // with an attachment: upload and send, to delivery
            List<Double> withFile = new ArrayList<>();
            byte[] pdf = PdfFixtures.onePage("Latency");
            for (int i = 0; i < 20; i++) {
                long started = System.nanoTime();
                String id = upload(conversation, v.coach().token(), "application/pdf", pdf).then().statusCode(201).extract().path("id");
                send(conversation, v.coach().token(), UUID.randomUUID().toString(), Map.of("attachments", List.of(id))).then().statusCode(201);
                assertNotNull(listener.next(Duration.ofSeconds(20)));
                withFile.add((System.nanoTime() - started) / 1e6);
            }
            Collections.sort(withFile);
            System.out.printf("messaging: a PDF attachment uploaded, sent and delivered to a listener on the same node, 20 times: median %.1f ms%n",
                    withFile.get(10));
        }
        Collections.sort(millis);
        System.out.printf("messaging: send-to-delivered latency, a listener on the same node, %d messages: median %.1f ms, p99 %.1f ms%n",
                n, millis.get(n / 2), millis.get((int) Math.ceil(n * 0.99) - 1));
    }
}
