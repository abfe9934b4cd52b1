package com.coachkeep.e2e;

import com.coachkeep.shared.domain.Permission;

import com.coachkeep.testing.ApiOperations;

import com.coachkeep.testing.Mailbox;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Tokens;
import com.coachkeep.testing.Workspaces;
import com.coachkeep.testing.Workspaces.Populated;
import com.coachkeep.testing.ProgramPlans;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A populated workspace with a real resource behind every path parameter of the API: what the tests generated from
 * {@code /openapi} (the isolation matrix, the bad-input test) fill the paths with. An operation with a new path
 * parameter needs its id here, once, for all of them.
 *
 * @param pendingEmail the address of a second pending invitation, whose secret ({@code pendingToken}) the tests know
 */
record VictimWorkspace(String name, Populated a, String pendingEmail, String pendingToken, String roleId, String exportId,
        String grantId, String logId, String habitId, String exerciseId, String templateId, String programId, String workoutId,
        String assignmentJobId, CheckinFixture checkins, String photoId, String photoDay, String photoLinkToken, String messageId,
        String announcementId, String attachmentId) {

    static VictimWorkspace create(String name) throws Exception {
        Populated a = Workspaces.populated(name);
        // A second pending invitation whose secret is known (accepting an invitation needs a real one).
        String pendingEmail = Tokens.Person.fresh("matrix-invitee").email();
        TestServer.as(a.owner().token()).contentType(ContentType.JSON).body(Map.of("email", pendingEmail, "role", "assistant"))
                .post("/api/v1/workspaces/{w}/staff/invitations", a.id()).then().statusCode(201);
        String pendingToken = Mailbox.invitationToken(pendingEmail);
        String roleId = TestServer.as(a.owner().token()).contentType(ContentType.JSON)
                .body(Map.of("name", "Matrix front desk", "permissions", IsolationFixture.CUSTOM_ROLE_PERMISSIONS.stream()
                        .map(Permission::wireName).sorted().toList()))
                .post("/api/v1/workspaces/{w}/roles", a.id()).then().statusCode(201).extract().path("id");
        String exportId = TestServer.as(a.owner().token()).post("/api/v1/workspaces/{w}/exports", a.id()).then().statusCode(202)
                .extract().path("id");
        // An active grant of support (written as the database superuser, as support's console would make it).
        String grantId = SupportAccessIT.grant(a.id(), "agent-matrix", "ACTIVE", 1, "ROSTER");
        // A's client's nutrition: a target, a logged day (by the client) and a habit with a check-off
        String day = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
        TestServer.as(a.owner().token()).contentType(ContentType.JSON).body(Map.of("dayType", "rest", "effectiveFrom", day, "calories", 2200,
                "protein", 150, "carbohydrate", 240, "fat", 75)).post("/api/v1/workspaces/{w}/clients/{c}/nutrition/targets", a.id(),
                a.clientId()).then().statusCode(201);
        String logId = java.util.UUID.randomUUID().toString();
        TestServer.as(a.client().token()).contentType(ContentType.JSON).body(Map.of("day", day, "meals", List.of(Map.of("name", "Victim's lunch",
                "calories", 700, "protein", 45, "carbohydrate", 80, "fat", 20)))).put("/api/v1/workspaces/{w}/clients/{c}/nutrition/logs/{l}",
                a.id(), a.clientId(), logId).then().statusCode(201);
        String habitId = java.util.UUID.randomUUID().toString();
        TestServer.as(a.owner().token()).contentType(ContentType.JSON).body(Map.of("title", "Victim's habit", "schedule", "daily",
                "startsOn", day)).put("/api/v1/workspaces/{w}/clients/{c}/habits/{h}", a.id(), a.clientId(), habitId).then().statusCode(201);
        TestServer.as(a.client().token()).contentType(ContentType.JSON).body(Map.of("day", day, "done", true))
                .put("/api/v1/workspaces/{w}/clients/{c}/habits/{h}/check-offs", a.id(), a.clientId(), habitId).then().statusCode(200);
        // An exercise of A's own library (with an alias and a variation group, so its reads return something).
        String exerciseId = TestServer.as(a.owner().token()).contentType(ContentType.JSON)
                .body(Map.of("name", "Matrix Landmine Squat", "primaryMuscles", List.of("quads"), "equipment", "landmine",
                        "pattern", "squat", "mechanics", "compound", "variationGroup", "squat", "aliases", List.of("Matrix squat")))
                .post("/api/v1/workspaces/{w}/exercises", a.id()).then().statusCode(201).extract().path("id");
        // A program template with two versions, assigned to A's (assigned) client.
        String templateId = TestServer.as(a.owner().token()).contentType(ContentType.JSON)
                .body(ProgramPlans.template("Matrix program", ProgramPlans.lowerRestUpper(2, 100, 80)))
                .post("/api/v1/workspaces/{w}/program-templates", a.id()).then().statusCode(201).extract().path("id");
        String programId = TestServer.as(a.owner().token()).contentType(ContentType.JSON)
                .body(Map.of("templateId", templateId, "startDate", "2026-12-07"))
                .post("/api/v1/workspaces/{w}/clients/{c}/programs", a.id(), a.clientId()).then().statusCode(201).extract().path("id");
        // A workout A's coach logged for that client.
        String workoutId = java.util.UUID.randomUUID().toString();
        TestServer.as(a.coach().token()).contentType(ContentType.JSON)
                .body(Map.of("performedOn", "2026-12-07", "programId", programId, "notes", "Knee fine today", "sets", List.of(
                        Map.of("id", java.util.UUID.randomUUID().toString(), "exerciseId", ProgramPlans.exerciseId("back-squat"),
                                "type", "working", "reps", 5, "load", Map.of("amount", 100, "unit", "kg")))))
                .put("/api/v1/workspaces/{w}/clients/{c}/workouts/{l}", a.id(), a.clientId(), workoutId).then().statusCode(201);
        // A job that assigned the template to the same client again (as a sequence).
        String assignmentJobId = TestServer.as(a.owner().token()).contentType(ContentType.JSON)
                .body(Map.of("clientIds", List.of(a.clientId()), "startDate", "2026-12-14", "schedule", "sequence"))
                .post("/api/v1/workspaces/{w}/program-templates/{t}/assignment-jobs", a.id(), templateId).then().statusCode(202)
                .extract().path("id");
        // A's client's check-ins: a form, a schedule, a check-in with a bodyweight, a logged metric, a custom type
        CheckinFixture checkins = CheckinFixture.create(a);
        // A progress photo A's client uploaded, and a signed link to it issued to A's owner (who is never a caller)
        String photoDay = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(2).toString();
        String photoId = TestServer.as(a.client().token()).contentType("image/jpeg").body(com.coachkeep.infrastructure.image.ImageFixtures.cameraJpeg(64, 48, 6))
                .post("/api/v1/workspaces/{w}/clients/{c}/photos?pose=front&takenOn=" + photoDay, a.id(), a.clientId())
                .then().statusCode(201).extract().path("id");
        String linkUrl = TestServer.as(a.owner().token()).post("/api/v1/workspaces/{w}/clients/{c}/photos/{p}/links", a.id(), a.clientId(),
                photoId).then().statusCode(201).extract().path("url");
        // an invoice on A's Stripe account, made before any test takes its snapshot of the tables
        com.coachkeep.testing.StripeFixture.openInvoice(a);
        // A message of A's coach to A's client, about the client's nutrition log, read by the client
        String messageId = java.util.UUID.randomUUID().toString();
        TestServer.as(a.coach().token()).contentType(ContentType.JSON).body(Map.of("text", "Victim's message: lunch looks good",
                "about", Map.of("type", "nutrition-log", "id", logId)))
                .put("/api/v1/workspaces/{w}/clients/{c}/conversation/messages/{m}", a.id(), a.clientId(), messageId).then().statusCode(201);
        // A photo A's client attached to a message of theirs (sent, so that every reader of the conversation may open it)
        String attachmentId = TestServer.as(a.client().token()).contentType("image/jpeg")
                .body(com.coachkeep.infrastructure.image.ImageFixtures.cameraJpeg(48, 32, 1))
                .post("/api/v1/workspaces/{w}/clients/{c}/conversation/attachments", a.id(), a.clientId()).then().statusCode(201)
                .extract().path("id");
        TestServer.as(a.client().token()).contentType(ContentType.JSON).body(Map.of("text", "Victim's photo of lunch",
                "attachments", List.of(attachmentId))).put("/api/v1/workspaces/{w}/clients/{c}/conversation/messages/{m}", a.id(),
                a.clientId(), java.util.UUID.randomUUID()).then().statusCode(201);
        TestServer.as(a.client().token()).contentType(ContentType.JSON).body(Map.of("upTo", messageId))
                .put("/api/v1/workspaces/{w}/clients/{c}/conversation/read", a.id(), a.clientId()).then().statusCode(200);
        // A's office hours (so that the matrix's allowed reads find them)
        TestServer.as(a.owner().token()).contentType(ContentType.JSON).body(Map.of("timeZone", "Europe/Berlin", "days", List.of(
                Map.of("day", "monday", "from", "09:00", "to", "17:00")), "autoReply", false))
                .put("/api/v1/workspaces/{w}/messaging/office-hours", a.id()).then().statusCode(200);
        // An announcement of A's owner to A's clients tagged "online"
        String announcementId = TestServer.as(a.owner().token()).contentType(ContentType.JSON)
                .body(Map.of("text", "Victim's announcement, {firstName}", "tag", "online"))
                .post("/api/v1/workspaces/{w}/announcements", a.id()).then().statusCode(202).extract().path("id");
        // sent before the tests look (the job sends it within seconds): the bad-input sweep compares tables before and after
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
        while (!"done".equals(TestServer.as(a.owner().token()).get("/api/v1/workspaces/{w}/announcements/{a}", a.id(), announcementId)
                .then().statusCode(200).extract().path("status")) && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        return new VictimWorkspace(name, a, pendingEmail, pendingToken, roleId, exportId, grantId, logId, habitId, exerciseId, templateId,
                programId, workoutId, assignmentJobId, checkins, photoId, photoDay, linkUrl.substring(linkUrl.lastIndexOf('/') + 1),
                messageId, announcementId, attachmentId);
    }

    /** Real ids in the workspace, by path-parameter name. */
    Map<String, String> ids() {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("workspaceId", a.id());
        ids.put("clientId", a.clientId());
        ids.put("membershipId", a.coach().membershipId());
        ids.put("invitationId", a.pendingInvitationId());
        ids.put("token", pendingToken);
        ids.put("roleId", roleId);
        ids.put("exportId", exportId);
        ids.put("grantId", grantId);
        ids.put("logId", logId);
        ids.put("habitId", habitId);
        ids.put("exerciseId", exerciseId);
        ids.put("templateId", templateId);
        ids.put("programId", programId);
        ids.put("workoutId", workoutId);
        ids.put("assignmentJobId", assignmentJobId);
        checkins.addTo(ids);
        ids.put("photoId", photoId);
        ids.put("linkToken", photoLinkToken);
        ids.put("invoiceId", com.coachkeep.testing.StripeFixture.openInvoice(a));
        ids.put("offerId", com.coachkeep.testing.StripeFixture.offer(a));
        ids.put("chargeId", com.coachkeep.testing.StripeFixture.charge(a));
        ids.put("couponId", com.coachkeep.testing.StripeFixture.coupon(a));
        ids.put("messageId", messageId);
        ids.put("announcementId", announcementId);
        ids.put("attachmentId", attachmentId);
        return ids;
    }

    /** The path with each {parameter} replaced by its id; fails naming a parameter that has none. */
    static String fill(String template, Map<String, String> ids) {
        return ApiOperations.fill(template, ids);
    }

    /** The names of the path parameters of a template, in order. */
    static List<String> pathParameters(String template) {
        return ApiOperations.pathParameters(template);
    }
}
