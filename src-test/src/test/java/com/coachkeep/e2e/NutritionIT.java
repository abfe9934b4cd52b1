package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.Exports;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nutrition and habits through the API, end to end: a coach sets targets and a tolerance, the client sets their time
 * zone and logs days (a resend changes nothing, a second log of a day is refused), the coach logs a day on the client's
 * behalf (recorded and audited), assigns a habit the client checks off; both read adherence and compliance. And the
 * cost of compliance for a client with two years of logs and habits.
 */
class NutritionIT {
    static Workspaces.Populated w;
    static String base;

    @BeforeAll
    static void workspace() {
        w = Workspaces.populated("Nutrition " + UUID.randomUUID().toString().substring(0, 8));
        base = "/api/v1/workspaces/" + w.id() + "/clients/" + w.clientId();
    }

    static Response put(String token, String path, Object body) {
        return TestServer.as(token).contentType(ContentType.JSON).body(body).put(base + path);
    }

    @Test
    void aCoachSetsTargetsTheClientLogsAndChecksOffAndBothReadAdherenceAndCompliance() throws Exception {
        String coach = w.coach().token();
        String client = w.client().token();
        // the client lives in Auckland: "today" is theirs, whatever the server's or the workspace's day
        Response tz = put(client, "/nutrition/time-zone", Map.of("timeZone", "Pacific/Auckland"));
        assertEquals(200, tz.statusCode(), tz.asString());
        LocalDate today = LocalDate.now(ZoneId.of("Pacific/Auckland"));
        assertEquals(today.toString(), tz.path("today"));
        assertFalse(tz.<Boolean>path("timeZoneFromWorkspace"));

        Response set = TestServer.as(coach).contentType(ContentType.JSON).body(Map.of("dayType", "rest", "effectiveFrom",
                today.minusDays(30).toString(), "calories", 2000, "protein", 150, "carbohydrate", 200, "fat", 67)).post(base + "/nutrition/targets");
        assertEquals(201, set.statusCode(), set.asString());
        assertEquals(List.of(), set.path("warnings"));
        Response warned = TestServer.as(coach).contentType(ContentType.JSON).body(Map.of("dayType", "training", "effectiveFrom",
                today.minusDays(30).toString(), "calories", 3000, "protein", 100, "carbohydrate", 100, "fat", 30)).post(base + "/nutrition/targets");
        assertEquals(201, warned.statusCode(), warned.asString());
        assertEquals(1, warned.<List<String>>path("warnings").size(), warned.asString());
        Response refused = TestServer.as(client).contentType(ContentType.JSON).body(Map.of("dayType", "rest", "effectiveFrom",
                today.toString(), "calories", 4000, "protein", 150, "carbohydrate", 200, "fat", 67)).post(base + "/nutrition/targets");
        assertEquals(403, refused.statusCode(), "a client does not set their own targets");
        Response invalid = TestServer.as(coach).contentType(ContentType.JSON).body(Map.of("dayType", "rest", "effectiveFrom", "yesterday",
                "calories", -5, "protein", 150, "carbohydrate", 200, "fat", 67)).post(base + "/nutrition/targets");
        assertEquals(400, invalid.statusCode());
        assertEquals(List.of("effectiveFrom", "calories"), invalid.path("errors.field"));
        assertEquals(200, put(coach, "/nutrition/tolerance", Map.of("caloriesPercent", 10, "proteinMinimumPercent", 90,
                "carbohydratePercent", 15, "fatPercent", 15)).statusCode());

        // the client logs yesterday meal by meal; the phone resends it; a second id for the same day is refused
        String logId = UUID.randomUUID().toString();
        Map<String, Object> day = Map.of("day", today.minusDays(1).toString(), "dayType", "rest", "waterMl", 2200, "meals", List.of(
                Map.of("name", "Oats and berries", "eatenAt", "07:30", "calories", 600, "protein", 45, "carbohydrate", 70, "fat", 15),
                Map.of("name", "Chicken and rice", "calories", 800, "protein", 60, "carbohydrate", 80, "fat", 25, "note", "ate late"),
                Map.of("name", "Salmon and potatoes", "calories", 650, "protein", 45, "carbohydrate", 55, "fat", 28)));
        Response first = put(client, "/nutrition/logs/" + logId, day);
        assertEquals(201, first.statusCode(), first.asString());
        assertEquals(2050.0f, first.<Float>path("totals.calories"));
        assertTrue(first.<Boolean>path("adherence.onTarget"), first.asString());
        assertFalse(first.<Boolean>path("onBehalf"));
        Response resent = put(client, "/nutrition/logs/" + logId, day);
        assertEquals(200, resent.statusCode(), resent.asString());
        assertEquals(first.<String>path("updatedAt"), resent.path("updatedAt"), "a resend changes nothing");
        assertEquals(first.<List<String>>path("meals.id"), resent.path("meals.id"), "meals sent without ids keep theirs");
        Response twice = put(client, "/nutrition/logs/" + UUID.randomUUID(), day);
        assertEquals(409, twice.statusCode(), twice.asString());
        assertTrue(twice.path("detail").toString().contains(logId));
        Response foreign = TestServer.as(w.otherClient().token()).contentType(ContentType.JSON).body(day).put(base + "/nutrition/logs/"
                + UUID.randomUUID());
        assertEquals(404, foreign.statusCode(), "another client's log is not found");

        // the coach logs two days ago on the client's behalf: recorded and audited
        Response onBehalf = put(coach, "/nutrition/logs/" + UUID.randomUUID(), Map.of("day", today.minusDays(2).toString(), "totals",
                Map.of("calories", 2600, "protein", 120, "carbohydrate", 300, "fat", 90)));
        assertEquals(201, onBehalf.statusCode(), onBehalf.asString());
        assertTrue(onBehalf.<Boolean>path("onBehalf"));
        assertFalse(onBehalf.<Boolean>path("adherence.onTarget"));
        JsonPath audit = TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/audit-events?kind=nutrition&limit=100", w.id())
                .then().statusCode(200).extract().jsonPath();
        List<String> actions = audit.getList("items.kind");
        assertTrue(actions.contains("nutrition.logged_on_behalf") && actions.contains("nutrition.target_set")
                && actions.contains("nutrition.tolerance_set"), actions.toString());

        JsonPath days = TestServer.as(client).get(base + "/nutrition/logs?from=" + today.minusDays(6) + "&to=" + today).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, days.getInt("daysLogged"));
        assertEquals(1, days.getInt("daysOnTarget"));
        assertEquals("ate late", days.getString("items.find { it.id == '" + logId + "' }.meals[1].note"));

        // habits
        String habitId = UUID.randomUUID().toString();
        Response habit = put(coach, "/habits/" + habitId, Map.of("title", "Walk after dinner", "schedule", "daily",
                "startsOn", today.minusDays(3).toString()));
        assertEquals(201, habit.statusCode(), habit.asString());
        String etag = habit.header("ETag");
        assertEquals(403, put(client, "/habits/" + UUID.randomUUID(), Map.of("title", "x", "schedule", "daily")).statusCode());
        for (int i = 3; i >= 0; i--) {
            Response c = put(client, "/habits/" + habitId + "/check-offs", Map.of("day", today.minusDays(i).toString(), "done", true));
            assertEquals(200, c.statusCode(), c.asString());
        }
        Response again = put(client, "/habits/" + habitId + "/check-offs", Map.of("day", today.toString(), "done", true));
        assertEquals(4, again.<Integer>path("streak"), again.asString());
        assertTrue(again.<Boolean>path("doneToday"));
        assertEquals(4, again.<List<String>>path("checkedOff").size(), "checking a day twice is one check-off");
        Response tooLate = put(client, "/habits/" + habitId + "/check-offs", Map.of("day", today.plusDays(3).toString(), "done", true));
        assertEquals(400, tooLate.statusCode());
        assertEquals(List.of("day"), tooLate.path("errors.field"));
        Response stale = TestServer.as(coach).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(Map.of("title", "Walk after dinner, 20 minutes", "schedule", "daily")).put(base + "/habits/" + habitId);
        assertEquals(412, stale.statusCode(), stale.asString());
        Response edited = TestServer.as(coach).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("title", "Walk after dinner, 20 minutes", "schedule", "daily", "startsOn", today.minusDays(3).toString()))
                .put(base + "/habits/" + habitId);
        assertEquals(200, edited.statusCode(), edited.asString());
        assertEquals(4, edited.<Integer>path("streak"), "an edit keeps the check-offs");

        // an assistant reads nutrition, but only of the clients assigned to them: this one is the coach's
        assertEquals(404, TestServer.as(w.assistant().token()).get(base + "/compliance").statusCode());
        for (String token : List.of(coach, client, w.owner().token())) {
            JsonPath c = TestServer.as(token).get(base + "/compliance").then().statusCode(200).extract().jsonPath();
            assertEquals(List.of(7, 30, 90), c.getList("windows.days"));
            assertEquals("Pacific/Auckland", c.getString("timeZone"));
            assertEquals(2, c.getInt("windows[0].nutrition.daysLogged"));
            assertEquals(1, c.getInt("windows[0].nutrition.daysOnTarget"));
            assertEquals(4, c.getInt("windows[0].habits.done"));
            assertEquals(4, c.getInt("windows[0].habits.due"));
            // no program assigned: nothing scheduled, nothing logged (ProgramsIT and the use case's test count real ones)
            assertEquals(0, c.getInt("windows[0].workouts.scheduled"));
            assertEquals(0, c.getInt("windows[0].workouts.done"));
        }
        assertEquals(200, TestServer.as(coach).delete(base + "/habits/" + habitId).statusCode());
        assertEquals(List.of(), TestServer.as(client).get(base + "/habits").then().statusCode(200).extract().path("items"));
        assertEquals(1, TestServer.as(client).get(base + "/habits?includeArchived=true").then().statusCode(200).extract()
                .<List<Object>>path("items").size());

        // the client's own export holds all of it, free text decrypted
        String exportId = TestServer.as(client).post("/api/v1/workspaces/{w}/clients/me/exports", w.id()).then().statusCode(202)
                .extract().path("id");
        Map<String, String> archive = ExportIT.download(client, Exports.awaitReady(client, w.id(), exportId).path("download.url"));
        String logs = entry(archive, "nutrition/logs.csv");
        assertTrue(logs.startsWith("id,clientId,day,dayType,entry,calories"), logs);
        assertTrue(logs.contains(logId) && logs.contains(today.minusDays(1).toString()), logs);
        assertTrue(entry(archive, "nutrition/meals.csv").contains("ate late"));
        assertTrue(entry(archive, "nutrition/targets.csv").contains("training"));
        assertTrue(entry(archive, "nutrition/habit-check-offs.csv").contains(habitId));
        assertTrue(entry(archive, "nutrition/habits/" + habitId + ".json").contains("Walk after dinner, 20 minutes"));
        assertTrue(entry(archive, "nutrition/settings/").contains("Pacific/Auckland"));
    }

    /** The text of the archive's entry whose name contains {@code part}. */
    static String entry(Map<String, String> archive, String part) {
        return archive.entrySet().stream().filter(e -> e.getKey().contains(part)).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no " + part + " in " + archive.keySet()));
    }

    /** The demo workspace's clients come with targets, eight weeks of logs and habits with check-offs. */
    @Test
    void theDemoClientsHaveTargetsEightWeeksOfLogsAndHabits() {
        String client = DemoWorkspaceIT.token("client1");
        String demo = TestServer.as(client).get("/api/v1/me").then().statusCode(200).extract()
                .path("memberships.find { it.workspaceName == 'Summit Strength & Nutrition' }.workspaceId");
        String own = TestServer.as(client).get("/api/v1/workspaces/{w}/clients/me", demo).then().statusCode(200).extract().path("id");
        String at = "/api/v1/workspaces/" + demo + "/clients/" + own;
        JsonPath plan = TestServer.as(client).get(at + "/nutrition").then().statusCode(200).extract().jsonPath();
        assertEquals(4, plan.getList("history").size(), "both day types, changed once");
        JsonPath days = TestServer.as(client).get(at + "/nutrition/logs?from=" + LocalDate.parse(plan.getString("today")).minusDays(55)
                + "&to=" + plan.getString("today")).then().statusCode(200).extract().jsonPath();
        assertTrue(days.getInt("daysLogged") > 25, "eight weeks of logs, a few days missed: " + days.getInt("daysLogged"));
        assertTrue(days.getList("items.meals.name.flatten()").contains("Breakfast"));
        JsonPath habits = TestServer.as(client).get(at + "/habits").then().statusCode(200).extract().jsonPath();
        assertEquals(3, habits.getList("items").size());
        assertTrue(habits.getList("items.checkedOff.flatten()").size() > 20);
        JsonPath compliance = TestServer.as(client).get(at + "/compliance").then().statusCode(200).extract().jsonPath();
        assertTrue(compliance.getInt("windows[1].nutrition.daysLogged") > 10, compliance.prettify());
    }

    /**
     * A client with two years of logs (meal by meal), three habits checked off most days, and a target change every
     * quarter: compliance answers from the same fixed set of indexed reads as for a new client. Prints the latency.
     */
    @Test
    void complianceForAClientWithTwoYearsOfHistoryCostsWhatItCostsForANewOne() throws Exception {
        Object[] added = Workspaces.addClient(w.id(), w.owner().token(), w.coach().membershipId());
        String clientId = (String) added[1];
        String path = "/api/v1/workspaces/" + w.id() + "/clients/" + clientId + "/compliance";
        long emptyMedian = median(path, 30);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        int rows;
        try (Connection c = DriverManager.getConnection(TestServer.DB_URL, "postgres", "")) {
            rows = seedTwoYears(c, w.id(), clientId, today);
            try (var s = c.createStatement()) {
                s.execute("analyze nutrition_log; analyze habit_check_off; analyze habit; analyze nutrition_target");
            }
        }
        long fullMedian = median(path, 30);
        JsonPath body = TestServer.as(w.owner().token()).get(path).then().statusCode(200).extract().jsonPath();
        assertTrue(body.getInt("windows[2].nutrition.daysLogged") > 60, body.prettify());
        assertTrue(body.getInt("windows[2].habits.due") > 100, body.prettify());
        List<String> plans = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(TestServer.DB_URL, "postgres", "")) {
            for (String sql : List.of(
                    "select day, day_type, calories, protein_g, carbohydrate_g, fat_g from nutrition_log where workspace_id = ?::uuid "
                            + "and client_id = ?::uuid and day between current_date - 89 and current_date",
                    "select habit_id, day from habit_check_off where workspace_id = ?::uuid and client_id = ?::uuid "
                            + "and day between current_date - 89 and current_date",
                    "select id from habit where workspace_id = ?::uuid and client_id = ?::uuid order by created_at, id",
                    "select id from nutrition_target where workspace_id = ?::uuid and client_id = ?::uuid order by effective_from, created_at")) {
                try (PreparedStatement p = c.prepareStatement("explain (analyze, costs off) " + sql)) {
                    p.setString(1, w.id());
                    p.setString(2, clientId);
                    try (ResultSet rs = p.executeQuery()) {
                        StringBuilder plan = new StringBuilder();
                        while (rs.next()) {
                            plan.append(rs.getString(1).strip()).append(" | ");
                        }
                        plans.add(plan.toString());
                    }
                }
            }
        }
        System.out.printf("nutrition compliance: %,d rows of two years seeded; median latency %.1f ms for a new client, %.1f ms with two "
                + "years of history (30 calls each after 30 to warm up)%n", rows, emptyMedian / 1e6, fullMedian / 1e6);
        plans.forEach(p -> System.out.println("nutrition compliance plan: " + p));
        for (String p : plans.subList(0, 2)) {
            assertTrue(p.contains("Index"), "compliance reads its rows through an index: " + p);
        }
    }

    static long median(String path, int calls) {
        List<Long> times = new ArrayList<>();
        int warmUp = 30; // the request path is compiled by the JIT before anything is measured
        for (int i = 0; i < calls + warmUp; i++) {
            long start = System.nanoTime();
            TestServer.as(w.owner().token()).get(path).then().statusCode(200);
            if (i >= warmUp) {
                times.add(System.nanoTime() - start);
            }
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    /** Two years of a client's nutrition and habits, written as the superuser (free text left out: none is needed here). */
    static int seedTwoYears(Connection c, String workspaceId, String clientId, LocalDate today) throws Exception {
        String[] statements = {
            // a target change every quarter, for both day types
            "insert into nutrition_target (workspace_id, id, client_id, day_type, effective_from, calories, protein_g, carbohydrate_g, fat_g, "
                    + "created_at) select ?::uuid, gen_random_uuid(), ?::uuid, t, ?::date - (q * 91), 2200 + q * 10, 150, 240, 75, now() "
                    + "from generate_series(0, 7) q, unnest(array['TRAINING', 'REST']) t",
            // a log on 6 days of 7, training on Mondays, Wednesdays and Fridays
            "insert into nutrition_log (workspace_id, id, client_id, day, day_type, entry, calories, protein_g, carbohydrate_g, fat_g, on_behalf, "
                    + "created_at, updated_at) select ?::uuid, gen_random_uuid(), ?::uuid, d, case when extract(isodow from d) in (1, 3, 5) "
                    + "then 'TRAINING' else 'REST' end, 'MEALS', 2200 + (random() * 400 - 200), 150, 240, 75, false, now(), now() "
                    + "from generate_series(?::date - 729, ?::date - 1, interval '1 day') d where extract(dow from d) <> 0",
            "insert into nutrition_meal (workspace_id, id, log_id, client_id, position, calories, protein_g, carbohydrate_g, fat_g, name_ct) "
                    + "select l.workspace_id, gen_random_uuid(), l.id, l.client_id, p, 550, 37, 60, 19, '\\x00'::bytea "
                    + "from nutrition_log l, generate_series(0, 3) p where l.workspace_id = ?::uuid and l.client_id = ?::uuid",
            "insert into habit (workspace_id, id, client_id, title_ct, schedule_kind, times_per_week, weekdays, starts_on, created_at, updated_at) "
                    + "select ?::uuid, gen_random_uuid(), ?::uuid, '\\x00'::bytea, k, case when k = 'TIMES_PER_WEEK' then 4 end, "
                    + "case when k = 'WEEKDAYS' then 'MONDAY,THURSDAY' end, ?::date - 729, now(), now() "
                    + "from unnest(array['DAILY', 'TIMES_PER_WEEK', 'WEEKDAYS']) k",
            "insert into habit_check_off (workspace_id, habit_id, day, client_id, checked_at) select h.workspace_id, h.id, d, h.client_id, now() "
                    + "from habit h, generate_series(?::date - 729, ?::date - 1, interval '1 day') d "
                    + "where h.workspace_id = ?::uuid and h.client_id = ?::uuid and random() < 0.8"
        };
        int rows = 0;
        c.setAutoCommit(false);
        for (int i = 0; i < statements.length; i++) {
            try (PreparedStatement p = c.prepareStatement(statements[i])) {
                String d = today.toString();
                switch (i) {
                    case 0, 3 -> {
                        p.setString(1, workspaceId);
                        p.setString(2, clientId);
                        p.setString(3, d);
                    }
                    case 1 -> {
                        p.setString(1, workspaceId);
                        p.setString(2, clientId);
                        p.setString(3, d);
                        p.setString(4, d);
                    }
                    case 2 -> {
                        p.setString(1, workspaceId);
                        p.setString(2, clientId);
                    }
                    default -> {
                        p.setString(1, d);
                        p.setString(2, d);
                        p.setString(3, workspaceId);
                        p.setString(4, clientId);
                    }
                }
                rows += p.executeUpdate();
            }
        }
        c.commit();
        return rows;
    }
}
