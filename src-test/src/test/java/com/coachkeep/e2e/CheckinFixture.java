package com.coachkeep.e2e;

import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces.Populated;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A's check-ins for the tests generated from {@code /openapi}: a form, a weekly schedule of A's client due today (UTC),
 * the client's check-in of today with a bodyweight, a logged metric and a custom measurement type.
 */
record CheckinFixture(String formId, String scheduleId, String checkinId, String typeKey) {
    static final String FORMS = "/api/v1/workspaces/{w}/checkin-forms";
    static final String CLIENT = "/api/v1/workspaces/{w}/clients/{c}";

    static CheckinFixture create(Populated a) {
        String formId = TestServer.as(a.owner().token()).contentType(ContentType.JSON).body(Map.of("name", "Victim's weekly check-in",
                "questions", List.of(Map.of("key", "energy", "type", "scale", "text", "Energy this week?"),
                        Map.of("key", "notes", "type", "long_text", "text", "Anything else?", "required", false))))
                .post(FORMS, a.id()).then().statusCode(201).extract().path("id");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String scheduleId = UUID.randomUUID().toString();
        TestServer.as(a.owner().token()).contentType(ContentType.JSON).body(Map.of("formId", formId, "kind", "weekly",
                "weekday", today.getDayOfWeek().name().toLowerCase(java.util.Locale.ROOT), "timeZone", "UTC", "startsOn", today.minusDays(7).toString()))
                .put(CLIENT + "/checkin-schedules/{s}", a.id(), a.clientId(), scheduleId).then().statusCode(201);
        String checkinId = UUID.randomUUID().toString();
        TestServer.as(a.client().token()).contentType(ContentType.JSON).body(Map.of("scheduleId", scheduleId, "occurrenceOn", today.toString(),
                "answers", Map.of("energy", 6, "notes", "Victim's private answer"), "metrics", List.of(Map.of("type", "bodyweight", "value", 81.5))))
                .put(CLIENT + "/checkins/{k}", a.id(), a.clientId(), checkinId).then().statusCode(201);
        TestServer.as(a.client().token()).contentType(ContentType.JSON).body(Map.of("type", "waist", "value", 84, "unit", "cm"))
                .post(CLIENT + "/metrics", a.id(), a.clientId()).then().statusCode(201);
        String typeKey = "matrix-steps";
        TestServer.as(a.owner().token()).contentType(ContentType.JSON).body(Map.of("key", typeKey, "name", "Matrix steps", "dimension", "number",
                "unit", "steps")).post("/api/v1/workspaces/{w}/metric-types", a.id()).then().statusCode(200);
        return new CheckinFixture(formId, scheduleId, checkinId, typeKey);
    }

    /** Its ids by path-parameter name. */
    void addTo(Map<String, String> ids) {
        ids.put("formId", formId);
        ids.put("scheduleId", scheduleId);
        ids.put("checkinId", checkinId);
    }

    /** A body an allowed caller could send, per operation with one (for the isolation matrix). */
    static void bodies(Map<String, Object> m) {
        String ws = "/api/v1/workspaces/{workspaceId}";
        String client = ws + "/clients/{clientId}";
        m.put("POST " + ws + "/checkin-forms", Map.of("name", "Injected form", "questions", List.of(Map.of("key", "x", "type", "yes_no",
                "text", "Injected?"))));
        m.put("PUT " + ws + "/checkin-forms/{formId}", Map.of("name", "Injected form", "questions", List.of(Map.of("key", "x", "type", "yes_no",
                "text", "Injected?"))));
        m.put("POST " + ws + "/metric-types", Map.of("key", "injected", "name", "Injected", "dimension", "number", "unit", "steps"));
        m.put("PUT " + ws + "/checkin-review/target", Map.of("hours", 1));
        m.put("PUT " + client + "/checkin-schedules/{scheduleId}", Map.of("formId", UUID.randomUUID().toString(), "kind", "weekly",
                "weekday", "monday"));
        m.put("PUT " + client + "/checkins/{checkinId}", Map.of("answers", Map.of("energy", 1)));
        m.put("POST " + client + "/checkins/{checkinId}/review", Map.of("feedback", "Injected feedback"));
        m.put("POST " + client + "/metrics", Map.of("type", "bodyweight", "value", 200, "unit", "kg"));
        m.put("POST " + client + "/metrics/imports", Map.of("format", "generic", "unit", "kg", "csv", "date,weight\n2026-01-05,200\n"));
    }

    /** For the dump test: a check-in of the subject's client whose free-text answer and the coach's feedback are the marker. */
    static void answersAndFeedback(DatabaseDumpIT.Subject s, String marker) {
        String formId = TestServer.as(s.staffToken()).contentType(ContentType.JSON).body(Map.of("name", "Dump check-in", "questions", List.of(
                Map.of("key", "notes", "type", "long_text", "text", "How was your week?"))))
                .post(FORMS, s.workspaceId()).then().statusCode(201).extract().path("id");
        String checkinId = UUID.randomUUID().toString();
        TestServer.as(s.clientToken()).contentType(ContentType.JSON).body(Map.of("formId", formId, "answers", Map.of("notes", marker)))
                .put(CLIENT + "/checkins/{k}", s.workspaceId(), s.clientId(), checkinId).then().statusCode(201);
        TestServer.as(s.staffToken()).contentType(ContentType.JSON).body(Map.of("feedback", marker))
                .post(CLIENT + "/checkins/{k}/review", s.workspaceId(), s.clientId(), checkinId).then().statusCode(200);
    }
}
