package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.StatementCounter;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Check-ins through the API, end to end: a coach builds a form and schedules it for a client in the client's time
 * zone, the client submits (answers and a bodyweight in lb), the coach finds it in the review queue with the change
 * since the previous check-in, reviews it, and it locks; weight-history imports report rejected rows and store nothing
 * from a file that is not the format; the coach dashboard's latency for a coach with 300 clients.
 */
class CheckinIT {
    static Workspaces.Populated w;
    static String ws;
    static String base;

    @BeforeAll
    static void workspace() {
        w = Workspaces.populated("Checkins " + UUID.randomUUID().toString().substring(0, 8));
        ws = "/api/v1/workspaces/" + w.id();
        base = ws + "/clients/" + w.clientId();
    }

    static Response send(String token, String method, String path, Object body) {
        var r = TestServer.as(token).contentType(ContentType.JSON);
        if (body != null) {
            r = r.body(body);
        }
        return r.request(method, path);
    }

    @Test
    void formScheduleSubmissionReviewAndLock() {
        String coach = w.coach().token();
        String client = w.client().token();
        Response form = send(coach, "POST", ws + "/checkin-forms", Map.of("name", "Weekly check-in", "questions", List.of(
                Map.of("key", "energy", "type", "scale", "text", "Energy this week (1–10)?"),
                Map.of("key", "sleep", "type", "number", "text", "Average sleep?", "unit", "hours"),
                Map.of("key", "diet", "type", "single_choice", "text", "Diet?", "options", List.of("on plan", "mostly", "off plan")),
                Map.of("key", "wins", "type", "long_text", "text", "Wins of the week?", "required", false),
                Map.of("key", "photos", "type", "photo_set", "text", "Progress photos", "required", false, "poses", List.of("front", "side")))));
        assertEquals(201, form.statusCode(), form.asString());
        String formId = form.path("id");
        assertEquals(403, send(client, "PUT", ws + "/checkin-forms/" + formId, Map.of("name", "x", "questions", List.of())).statusCode());

        // the client lives in Auckland: their schedule is due on their today
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        LocalDate today = LocalDate.now(auckland);
        String scheduleId = UUID.randomUUID().toString();
        Response schedule = send(coach, "PUT", base + "/checkin-schedules/" + scheduleId, Map.of("formId", formId, "kind", "weekly",
                "weekday", today.getDayOfWeek().name().toLowerCase(Locale.ROOT), "timeZone", "Pacific/Auckland",
                "startsOn", today.minusDays(14).toString()));
        assertEquals(201, schedule.statusCode(), schedule.asString());
        List<Map<String, Object>> occurrences = schedule.path("occurrences");
        Map<String, Object> todays = occurrences.stream().filter(o -> o.get("day").equals(today.toString())).findFirst().orElseThrow();
        assertEquals("due", todays.get("status"));
        assertEquals(today.plusDays(1).atStartOfDay(auckland).toInstant().toString(), todays.get("deadline"));
        assertEquals("missed", occurrences.stream().filter(o -> o.get("day").equals(today.minusDays(14).toString())).findFirst().orElseThrow()
                .get("status"));

        // the coach fills in last week's for the client (recorded as such); the client submits this week's
        String lastWeek = UUID.randomUUID().toString();
        Response onBehalf = send(coach, "PUT", base + "/checkins/" + lastWeek, Map.of("scheduleId", scheduleId, "occurrenceOn",
                today.minusDays(7).toString(), "answers", Map.of("energy", 5, "sleep", 6.5, "diet", "mostly"),
                "metrics", List.of(Map.of("type", "bodyweight", "value", 82.0, "unit", "kg"))));
        assertEquals(201, onBehalf.statusCode(), onBehalf.asString());
        assertTrue(onBehalf.<Boolean>path("onBehalf"));
        send(coach, "POST", base + "/checkins/" + lastWeek + "/review", Map.of("feedback", "Filled in from our call")).then().statusCode(200);
        String checkinId = UUID.randomUUID().toString();
        Response bad = send(client, "PUT", base + "/checkins/" + checkinId, Map.of("scheduleId", scheduleId, "occurrenceOn", today.toString(),
                "answers", Map.of("energy", 11, "diet", "pizza")));
        assertEquals(400, bad.statusCode(), bad.asString());
        assertTrue(bad.asString().contains("answers.energy") && bad.asString().contains("answers.diet"), bad.asString());
        // the photo-set question is answered with the client's own progress photos of the day, by pose
        String front = TestServer.as(client).contentType("image/jpeg").body(com.coachkeep.infrastructure.image.ImageFixtures.jpeg(64, 48))
                .post(base + "/photos?pose=front&takenOn=" + today).then().statusCode(201).extract().path("id");
        Response foreignPhoto = send(client, "PUT", base + "/checkins/" + checkinId, Map.of("scheduleId", scheduleId, "occurrenceOn",
                today.toString(), "answers", Map.of("energy", 7, "sleep", 7.5, "diet", "on plan", "photos", Map.of("front", UUID.randomUUID().toString()))));
        assertEquals(400, foreignPhoto.statusCode(), foreignPhoto.asString());
        assertEquals(List.of("answers.photos.front"), foreignPhoto.path("errors.field"));
        Response submitted = send(client, "PUT", base + "/checkins/" + checkinId, Map.of("scheduleId", scheduleId, "occurrenceOn",
                today.toString(), "answers", Map.of("energy", 7, "sleep", 7.5, "diet", "on plan", "wins", "Deadlift PR", "photos", Map.of("front", front)),
                "metrics", List.of(Map.of("type", "bodyweight", "value", 179.5, "unit", "lb"), Map.of("type", "waist", "value", 32, "unit", "in"))));
        assertEquals(201, submitted.statusCode(), submitted.asString());
        assertEquals("Energy this week (1–10)?", submitted.path("answers[0].questionText"));
        assertEquals(front, submitted.path("answers.find { it.question == 'photos' }.photos.front"));
        // the coach opens the answer's photo through the photo endpoints
        TestServer.as(coach).get(base + "/photos/" + front + "/content").then().statusCode(200);
        assertEquals("lb", submitted.path("metrics.find { it.type == 'bodyweight' }.enteredUnit"));
        assertEquals(81.4198f, submitted.<Float>path("metrics.find { it.type == 'bodyweight' }.value"), 0.0001f);
        assertFalse(submitted.<Boolean>path("onBehalf"));
        assertEquals(409, send(client, "PUT", base + "/checkins/" + UUID.randomUUID(), Map.of("scheduleId", scheduleId, "occurrenceOn",
                today.toString(), "answers", Map.of("energy", 7, "sleep", 7.5, "diet", "on plan"))).statusCode());

        // the coach's queue: this check-in, with the bodyweight's change since last week's
        JsonPath queue = TestServer.as(coach).get(ws + "/checkin-review/queue").then().statusCode(200).extract().jsonPath();
        Map<String, Object> entry = queue.getMap("items.find { it.checkinId == '" + checkinId + "' }");
        assertFalse((Boolean) entry.get("breached"));
        assertEquals(-0.58, queue.getDouble("items.find { it.checkinId == '" + checkinId + "' }.deltas.find { it.type == 'bodyweight' }.change"),
                0.001);
        assertNull(queue.get("items.find { it.checkinId == '" + lastWeek + "' }"), "reviewed check-ins leave the queue");
        assertEquals(403, TestServer.as(client).get(ws + "/checkin-review/queue").statusCode());

        // review: the client sees the feedback; the check-in is locked
        Response reviewed = send(coach, "POST", base + "/checkins/" + checkinId + "/review", Map.of("feedback", "Great week, keep sleeping 7+ h"));
        assertEquals(200, reviewed.statusCode(), reviewed.asString());
        JsonPath seen = TestServer.as(client).get(base + "/checkins/" + checkinId).then().statusCode(200).extract().jsonPath();
        assertEquals("Great week, keep sleeping 7+ h", seen.getString("feedback"));
        Response locked = send(client, "PUT", base + "/checkins/" + checkinId, Map.of("answers", Map.of("energy", 1, "sleep", 1, "diet", "off plan")));
        assertEquals(409, locked.statusCode(), locked.asString());
        assertTrue(locked.asString().contains("checkin-reviewed"), locked.asString());
        assertEquals("7", TestServer.as(client).get(base + "/checkins/" + checkinId).then().extract().path("answers[0].value"));
        List<Map<String, Object>> after = TestServer.as(client).get(base + "/checkin-schedules").then().statusCode(200).extract()
                .path("items[0].occurrences");
        assertEquals("submitted", after.stream().filter(o -> o.get("day").equals(today.toString())).findFirst().orElseThrow().get("status"));
        assertEquals("late", after.stream().filter(o -> o.get("day").equals(today.minusDays(7).toString())).findFirst().orElseThrow()
                .get("status"), "filled in after its deadline");

        // the series in kg with a trend
        JsonPath series = TestServer.as(client).get(base + "/metrics?type=bodyweight").then().statusCode(200).extract().jsonPath();
        assertEquals(2, series.getList("points").size());
        assertEquals(81.94, series.getDouble("trend"), 0.01, "82, then 10 % of the way to 81.42");
    }

    @Test
    void aWeightHistoryImportReportsRejectedRowsAndAFileOfAnotherFormatStoresNothing() {
        String client = w.otherClient().token();
        String at = ws + "/clients/" + w.otherClientId();
        String csv = "Date,\"Weight (kg)\",\"Fat mass (kg)\"\n\"2026-11-01 07:12:00\",80.1,14\n\"2026-11-02 07:15:00\",heavy,14\n"
                + "\"2026-11-03 07:01:00\",8000,14\n\"2026-11-04 07:00:00\",79.8,14\n";
        Response r = send(client, "POST", at + "/metrics/imports", Map.of("format", "withings", "csv", csv));
        assertEquals(200, r.statusCode(), r.asString());
        assertEquals(2, r.<Integer>path("imported"));
        assertEquals(List.of(3, 4), r.path("rejected.line"));
        Response wrong = send(client, "POST", at + "/metrics/imports", Map.of("format", "withings", "csv", "when;kilos\n2026-11-05;80\n"));
        assertEquals(400, wrong.statusCode(), wrong.asString());
        JsonPath series = TestServer.as(client).get(at + "/metrics?type=bodyweight&days=3660").then().statusCode(200).extract().jsonPath();
        assertEquals(2, series.getList("values").size());
        assertEquals(List.of("imported", "imported"), series.getList("values.source"));
    }

    /**
     * The dashboard for a coach with 300 clients (schedules, waiting check-ins with metrics, some inactive) answers from the
     * same fixed set of statements as for a coach with one: latency compared, printed.
     */
    @Test
    void theDashboardOfACoachWith300ClientsCostsAboutWhatItCostsForOne() throws Exception {
        Workspaces.Populated big = Workspaces.populated("Dashboard " + UUID.randomUUID().toString().substring(0, 8));
        String path = "/api/v1/workspaces/" + big.id() + "/checkin-review/dashboard";
        String formId = send(big.owner().token(), "POST", "/api/v1/workspaces/" + big.id() + "/checkin-forms", Map.of("name", "Weekly",
                "questions", List.of(Map.of("key", "energy", "type", "scale", "text", "Energy?")))).then().statusCode(201).extract().path("id");
        long small = median(big.coach().token(), path, 30);
        Statements one = statements(big.coach().token(), path, 30);
        try (Connection c = DriverManager.getConnection(TestServer.DB_URL, "postgres", "")) {
            seed(c, big.id(), big.coach().membershipId(), formId, 300);
            // one client's workouts fall from 8 in the 30 days before to 2 in the last 30: training's attention item
            try (PreparedStatement p = c.prepareStatement("insert into workout_log (workspace_id, id, client_id, performed_on, on_behalf, "
                    + "created_at, updated_at) select ?::uuid, gen_random_uuid(), c.id, current_date - d, false, now(), now() from client c, "
                    + "unnest(array[3, 17, 33, 36, 40, 44, 47, 50, 53, 57]) d where c.workspace_id = ?::uuid and c.display_name = 'Seeded 1'")) {
                p.setString(1, big.id());
                p.setString(2, big.id());
                assertEquals(10, p.executeUpdate());
            }
            c.commit();
            try (var s = c.createStatement()) {
                s.execute("analyze client; analyze checkin; analyze body_metric; analyze checkin_schedule");
            }
        }
        long large = median(big.coach().token(), path, 30);
        Statements many = statements(big.coach().token(), path, 30);
        JsonPath d = TestServer.as(big.coach().token()).get(path).then().statusCode(200).extract().jsonPath();
        assertEquals(150, d.getInt("awaitingReview"));
        assertTrue(d.getInt("breached") >= 100, d.getString("breached"));
        assertTrue(d.getList("missed").size() >= 150, "the clients without last week's check-in: " + d.getList("missed").size());
        assertTrue(d.getList("inactive").size() >= 150);
        assertEquals(List.of("compliance-drop"), d.getList("attention.kind"), d.getString("attention"));
        assertTrue(d.getString("attention[0].summary").contains("75 %"), d.getString("attention[0].summary"));
        System.out.printf("coach dashboard: median %.1f ms for a coach with 1 client, %.1f ms with 300 clients (150 check-ins awaiting "
                + "review, 300 schedules, 600 metrics); the check-in context's statements per call: 6 whatever the roster "
                + "(target, waiting check-ins, their metrics with the previous ones', visible clients with last activity, schedules, submissions)%n", small / 1e6, large / 1e6);
        System.out.printf("coach dashboard statements per call, counted by PostgreSQL (pg_stat_statements, application role, 30 calls): "
                + "%d with 1 client, %d with 300 clients (besides: %d and %d statements in the windows that the idle windows account for: "
                + "background jobs)%n%s%n", one.perCall(), many.perCall(), one.other(), many.other(), many.listing());
        // bounded whatever the roster: no statement runs once per client (with one client, the statements for waiting
        // check-ins' metrics and for recent submissions are skipped: there are none; so are billing's two reads of whether
        // clients with missed occurrences are paused: there are no missed ones)
        assertEquals(1, many.mostPerCall(), "a statement runs more than once per call with 300 clients:\n" + many.listing());
        assertTrue(many.perCall() <= one.perCall() + 4, "with 1 client:\n" + one.listing() + "with 300:\n" + many.listing());
    }

    /** Statements per call as PostgreSQL counted them over {@code calls} calls, and what else the role ran meanwhile. */
    record Statements(long perCall, long mostPerCall, long other, String listing) {
    }

    /**
     * Counts per statement text over {@code calls} calls, minus what the application role ran in an idle window of the
     * same length right after (background jobs: the billing inbox, the outbox, checkpoints), rounded to calls.
     */
    static Statements statements(String token, String path, int calls) throws Exception {
        try (StatementCounter counter = StatementCounter.open(TestServer.DB_URL)) {
            counter.reset();
            long started = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                TestServer.as(token).get(path).then().statusCode(200);
            }
            long window = System.nanoTime() - started;
            Map<String, Long> busy = new java.util.TreeMap<>();
            counter.of("coachkeep_app").forEach(c -> busy.put(c.query(), c.calls()));
            counter.reset();
            // a measurement window (the background's rate), not a wait for a condition
            Thread.sleep(window / 1_000_000);
            Map<String, Long> idle = new java.util.HashMap<>();
            counter.of("coachkeep_app").forEach(c -> idle.put(c.query(), c.calls()));
            StringBuilder listing = new StringBuilder();
            long perCall = 0;
            long most = 0;
            long other = 0;
            for (Map.Entry<String, Long> e : busy.entrySet()) {
                long mine = e.getValue() - idle.getOrDefault(e.getKey(), 0L);
                // A statement of the dashboard runs at least once in every call, so fewer runs than calls in the busy
                // window are the background's (more of it in a longer window under load). The rate limiter's shared
                // buckets are written every 500 ms while requests flow (docs/security.md), in proportion to the
                // window's length, not to calls: the request path's, counted as other.
                boolean everyCall = e.getValue() >= calls && !e.getKey().contains("rate_limit_bucket");
                long each = everyCall ? Math.round((double) mine / calls) : 0;
                if (each >= 1) {
                    perCall += each;
                    most = Math.max(most, each);
                    String q = e.getKey().replaceAll("\\s+", " ");
                    listing.append(String.format("  %d x %s%n", each, q.substring(0, Math.min(110, q.length()))));
                } else {
                    other += e.getValue();
                }
            }
            return new Statements(perCall, most, other, listing.toString());
        }
    }

    static long median(String token, String path, int calls) {
        List<Long> times = new ArrayList<>();
        int warmUp = 20;
        for (int i = 0; i < calls + warmUp; i++) {
            long start = System.nanoTime();
            TestServer.as(token).get(path).then().statusCode(200);
            if (i >= warmUp) {
                times.add(System.nanoTime() - start);
            }
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    /** {@code n} clients of the coach, each with a weekly schedule; half with a check-in (and two metrics) awaiting review. */
    static void seed(Connection c, String workspaceId, String coachMembership, String formId, int n) throws Exception {
        String[] statements = {
            "insert into client (workspace_id, id, display_name, sort_name, email, assigned_coach_id, status, created_at, updated_at) "
                    + "select ?::uuid, gen_random_uuid(), 'Seeded ' || i, 'seeded ' || i, 'seeded-' || i || '-' || gen_random_uuid() || '@example.com', "
                    + "?::uuid, 'ACTIVE', now(), now() from generate_series(1, ?) i",
            "insert into checkin_schedule (workspace_id, id, client_id, form_id, kind, every_weeks, weekday, time_zone, starts_on, grace_days, "
                    + "created_at) select c.workspace_id, gen_random_uuid(), c.id, ?::uuid, 'WEEKLY', 1, "
                    + "trim(to_char(current_date - 7, 'FMDAY')), 'UTC', current_date - 60, 1, now() from client c "
                    + "where c.workspace_id = ?::uuid and c.display_name like 'Seeded %'",
            "insert into checkin (workspace_id, id, client_id, form_id, form_version, schedule_id, occurrence_on, answers_ct, on_behalf, "
                    + "submitted_at, updated_at) select s.workspace_id, gen_random_uuid(), s.client_id, s.form_id, 1, s.id, current_date - 7, "
                    + "'\\x00'::bytea, false, now() - interval '3 days', now() - interval '3 days' from checkin_schedule s "
                    + "join client c on c.workspace_id = s.workspace_id and c.id = s.client_id "
                    + "where s.workspace_id = ?::uuid and c.display_name like 'Seeded %' and (substring(c.display_name from 8)::int % 2) = 0",
            "insert into body_metric (workspace_id, id, client_id, type_key, measured_on, value, entered_value, entered_unit, source, checkin_id, "
                    + "recorded_at) select k.workspace_id, gen_random_uuid(), k.client_id, t, k.occurrence_on, 80, 80, 'kg', 'CHECKIN', k.id, now() "
                    + "from checkin k, unnest(array['bodyweight', 'waist']) t where k.workspace_id = ?::uuid"
        };
        c.setAutoCommit(false);
        for (int i = 0; i < statements.length; i++) {
            try (PreparedStatement p = c.prepareStatement(statements[i])) {
                switch (i) {
                    case 0 -> {
                        p.setString(1, workspaceId);
                        p.setString(2, coachMembership);
                        p.setInt(3, n);
                    }
                    case 1 -> {
                        p.setString(1, formId);
                        p.setString(2, workspaceId);
                    }
                    default -> p.setString(1, workspaceId);
                }
                p.executeUpdate();
            }
        }
        c.commit();
    }
}
