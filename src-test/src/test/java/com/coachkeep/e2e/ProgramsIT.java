package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.ProgramPlans;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import com.coachkeep.testing.Workspaces.Member;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Program templates and clients' programs through the API, against the real server and database: a template built,
 * saved again and read by version; assigned to three clients; one client's copy adjusted; the template changed, the
 * change reviewed per client and applied to two of them, keeping the adjusted client's own version.
 */
class ProgramsIT {
    static final String BASE = "/api/v1/workspaces/{w}/program-templates";
    static String w;
    static Member owner;
    static Member coach;
    static Member assistant;
    static Member benMember;
    static String ben;
    static String bea;
    static String bo;

    @BeforeAll
    static void workspaceWithACoachAndThreeClients() {
        owner = Workspaces.signedIn("owner");
        w = Workspaces.create(owner.token(), "Programs " + System.nanoTime());
        coach = Workspaces.addStaff(w, owner.token(), "coach");
        assistant = Workspaces.addStaff(w, owner.token(), "assistant");
        Object[] c1 = Workspaces.addClient(w, owner.token(), coach.membershipId());
        benMember = (Member) c1[0];
        ben = (String) c1[1];
        bea = (String) Workspaces.addClient(w, owner.token(), coach.membershipId())[1];
        bo = (String) Workspaces.addClient(w, owner.token(), coach.membershipId())[1];
    }

    static Response createTemplate(String token, Object body) {
        return TestServer.as(token).contentType(ContentType.JSON).body(body).post(BASE, w);
    }

    /** A number of an answer, whether JSON wrote it as an integer or not. */
    static double num(Response r, String path) {
        Object v = r.path(path);
        if (!(v instanceof Number n)) {
            throw new AssertionError(path + " is " + v + " in " + r.asString());
        }
        return n.doubleValue();
    }

    @Test
    void anInvalidPlanIsAProblemNamingEachInvalidFieldAndStoresNothing() {
        Map<String, Object> superset = Map.of("type", "superset", "entries", List.of(Map.of("exerciseId", ProgramPlans.exerciseId("back-squat"),
                "sets", List.of(Map.of("type", "working", "repsMin", 8, "repsMax", 5)))));
        Map<String, Object> plan = Map.of("phases", List.of(Map.of("name", "Base", "weeks", List.of(Map.of("days", List.of(
                Map.of("name", "Day", "blocks", List.of(superset, ProgramPlans.single("no-such-exercise", 1, 5, 50)))))))));

        Response r = createTemplate(coach.token(), ProgramPlans.template("Broken", plan));

        assertEquals(400, r.statusCode(), r.asString());
        assertEquals("application/problem+json", r.contentType().split(";")[0]);
        List<String> fields = r.path("errors.field");
        assertTrue(fields.contains("plan.phases[0].weeks[0].days[0].blocks[0].entries"), fields.toString());
        assertTrue(fields.contains("plan.phases[0].weeks[0].days[0].blocks[0].entries[0].sets[0].repsMax"), fields.toString());
        assertTrue(r.asString().contains("a superset needs at least 2 exercises"), r.asString());
        List<?> items = TestServer.as(coach.token()).get(BASE, w).then().statusCode(200).extract().path("items.findAll { it.name == 'Broken' }");
        assertTrue(items.isEmpty());

        Response unknown = createTemplate(coach.token(), ProgramPlans.template("Unknown exercise",
                Map.of("phases", List.of(Map.of("name", "Base", "weeks", List.of(Map.of("days", List.of(
                        ProgramPlans.day("Day", ProgramPlans.single("no-such-exercise", 1, 5, 50))))))))));
        assertEquals(400, unknown.statusCode(), unknown.asString());
        assertEquals(List.of("plan.phases[0].weeks[0].days[0].blocks[0].entries[0].exerciseId"), unknown.path("errors.field"));
    }

    @Test
    void aPlanMayNameTheWorkspacesOwnExercisesButNotAnArchivedOneNorAnotherWorkspaces() {
        String own = exercise(coach.token(), w, "Landmine Split Squat");
        String archived = exercise(coach.token(), w, "Archived Box Squat");
        TestServer.as(coach.token()).delete("/api/v1/workspaces/{w}/exercises/{e}", w, archived).then().statusCode(200);
        Member stranger = Workspaces.signedIn("owner");
        String strangers = exercise(stranger.token(), Workspaces.create(stranger.token(), "Programs Elsewhere"), "Foreign Squat");

        Response ok = createTemplate(coach.token(), ProgramPlans.template("Own exercises", planNaming(own)));
        assertEquals(201, ok.statusCode(), ok.asString());
        for (String refused : List.of(archived, strangers)) {
            Response r = createTemplate(coach.token(), ProgramPlans.template("Refused exercise", planNaming(refused)));
            assertEquals(400, r.statusCode(), r.asString());
            assertEquals(List.of("plan.phases[0].weeks[0].days[0].blocks[0].entries[0].exerciseId"), r.path("errors.field"));
        }
    }

    static String exercise(String token, String workspace, String name) {
        return TestServer.as(token).contentType(ContentType.JSON).body(Map.of("name", name, "primaryMuscles", List.of("quads"),
                        "equipment", "landmine", "pattern", "squat", "mechanics", "compound"))
                .post("/api/v1/workspaces/{w}/exercises", workspace).then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> planNaming(String exerciseId) {
        Map<String, Object> entry = new java.util.LinkedHashMap<>(ProgramPlans.sets(3, 8, 40));
        entry.put("exerciseId", exerciseId);
        Map<String, Object> block = Map.of("type", "single", "entries", List.of(entry));
        return Map.of("phases", List.of(Map.of("name", "Base", "weeks", List.of(Map.of("days", List.of(ProgramPlans.day("Day", block)))))));
    }

    @Test
    void aTemplateIsSavedInVersionsDuplicatedAndArchived() {
        Response created = createTemplate(coach.token(), ProgramPlans.template("Versions", ProgramPlans.lowerRestUpper(2, 100, 80)));
        assertEquals(201, created.statusCode(), created.asString());
        String id = created.path("id");
        assertEquals("\"1\"", created.header("ETag"));
        Map<String, Object> v1 = created.path("plan");

        Response saved = TestServer.as(coach.token()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(ProgramPlans.template("Versions", ProgramPlans.withLoad(v1, "back-squat", 105))).put(BASE + "/{t}", w, id);
        assertEquals(200, saved.statusCode(), saved.asString());
        assertEquals(2, (int) (Integer) saved.path("currentVersion"));
        Response stale = TestServer.as(coach.token()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(ProgramPlans.template("Versions", v1)).put(BASE + "/{t}", w, id);
        assertEquals(412, stale.statusCode(), stale.asString());

        Response first = TestServer.as(assistant.token()).queryParam("version", 1).get(BASE + "/{t}", w, id);
        assertEquals(200, first.statusCode(), first.asString());
        assertEquals(100.0f, num(first, "plan.phases[0].weeks[0].days[0].blocks[0].entries[0].sets[0].load.amount"), 0.001);
        assertEquals(105.0, num(TestServer.as(assistant.token()).get(BASE + "/{t}", w, id),
                "plan.phases[0].weeks[0].days[0].blocks[0].entries[0].sets[0].load.amount"), 0.001);
        assertEquals(List.of(2, 1), TestServer.as(assistant.token()).get(BASE + "/{t}/versions", w, id).path("items.version"));
        Response third = TestServer.as(assistant.token()).queryParam("version", 3).get(BASE + "/{t}", w, id);
        assertEquals(400, third.statusCode(), third.asString());
        assertEquals(List.of("version"), third.path("errors.field"));
        assertEquals(403, TestServer.as(assistant.token()).contentType(ContentType.JSON).body(ProgramPlans.template("x", v1))
                .put(BASE + "/{t}", w, id).statusCode());

        Response copy = TestServer.as(coach.token()).contentType(ContentType.JSON).body(Map.of()).post(BASE + "/{t}/duplicate", w, id);
        assertEquals(201, copy.statusCode(), copy.asString());
        assertEquals("Versions (copy)", copy.path("name"));
        assertEquals(1, (int) (Integer) copy.path("currentVersion"));
        Object original = TestServer.as(coach.token()).get(BASE + "/{t}", w, id).path("plan");
        Object copied = copy.path("plan");
        assertEquals(original, copied);

        assertEquals("archived", TestServer.as(coach.token()).post(BASE + "/{t}/archive", w, id).then().statusCode(200)
                .extract().path("status"));
        Response editArchived = TestServer.as(coach.token()).contentType(ContentType.JSON).body(ProgramPlans.template("Versions", v1))
                .put(BASE + "/{t}", w, id);
        assertEquals(409, editArchived.statusCode(), editArchived.asString());
        List<String> active = TestServer.as(coach.token()).queryParam("limit", 100).get(BASE, w).path("items.id");
        List<String> archived = TestServer.as(coach.token()).queryParam("status", "archived").get(BASE, w).path("items.id");
        assertFalse(active.contains(id));
        assertTrue(active.contains(copy.<String>path("id")));
        assertTrue(archived.contains(id));
    }

    @Test
    void aTemplateChangeIsReviewedPerClientAndAppliedToTwoClientsKeepingOneClientsAdjustment() {
        Response created = createTemplate(coach.token(), ProgramPlans.template("Strength base", ProgramPlans.lowerRestUpper(2, 100, 80)));
        String t = created.path("id");
        Map<String, Object> v1 = created.path("plan");

        Response assigned = TestServer.as(coach.token()).contentType(ContentType.JSON)
                .body(Map.of("clientIds", List.of(ben, bea, bo), "startDate", "2026-12-07")).post(BASE + "/{t}/assignments", w, t);
        assertEquals(201, assigned.statusCode(), assigned.asString());
        assertEquals(List.of(ben, bea, bo), assigned.path("items.clientId"));
        assertEquals(List.of("2026-12-20", "2026-12-20", "2026-12-20"), assigned.path("items.endDate"));

        // Ben's copy: a lighter squat for his knee
        String bensProgram = TestServer.as(benMember.token()).get("/api/v1/workspaces/{w}/clients/{c}/programs", w, ben)
                .then().statusCode(200).extract().path("items[0].id");
        Response adjusted = TestServer.as(coach.token()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("plan", ProgramPlans.withLoad(v1, "back-squat", 80))).put("/api/v1/workspaces/{w}/clients/{c}/programs/{p}", w, ben, bensProgram);
        assertEquals(200, adjusted.statusCode(), adjusted.asString());
        assertTrue(adjusted.<Boolean>path("adjusted"));
        assertEquals(404, TestServer.as(benMember.token()).get("/api/v1/workspaces/{w}/clients/{c}/programs", w, bea).statusCode());
        assertEquals(403, TestServer.as(benMember.token()).contentType(ContentType.JSON).body(Map.of("startDate", "2026-12-14"))
                .put("/api/v1/workspaces/{w}/clients/{c}/programs/{p}", w, ben, bensProgram).statusCode());

        // the coach raises squat and bench in the template
        Map<String, Object> v2 = ProgramPlans.withLoad(ProgramPlans.withLoad(v1, "back-squat", 110), "bench-press", 85);
        TestServer.as(coach.token()).contentType(ContentType.JSON).body(ProgramPlans.template("Strength base", v2)).put(BASE + "/{t}", w, t)
                .then().statusCode(200);

        Response review = TestServer.as(coach.token()).get(BASE + "/{t}/changes", w, t);
        assertEquals(200, review.statusCode(), review.asString());
        List<Map<String, Object>> items = review.path("items");
        assertEquals(3, items.size());
        Map<String, Object> forBen = items.stream().filter(i -> ben.equals(i.get("clientId"))).findFirst().orElseThrow();
        List<String> bensKinds = ((List<Map<String, Object>>) forBen.get("changes")).stream().map(c -> (String) c.get("kind")).toList();
        assertTrue(bensKinds.contains("kept_adjustment"), bensKinds.toString());
        assertTrue(bensKinds.contains("changed"), bensKinds.toString());
        Response onlyBen = TestServer.as(coach.token()).queryParam("clientId", ben).get(BASE + "/{t}/changes", w, t);
        assertEquals(List.of(ben), onlyBen.path("items.clientId"));
        assertEquals(forBen.get("changes"), onlyBen.path("items[0].changes"));

        Response applied = TestServer.as(coach.token()).contentType(ContentType.JSON).body(Map.of("clientIds", List.of(ben, bea)))
                .post(BASE + "/{t}/changes/apply", w, t);
        assertEquals(200, applied.statusCode(), applied.asString());
        assertEquals(2, applied.<List<?>>path("items").size());

        String squat = "plan.phases[0].weeks[0].days[0].blocks[0].entries[0].sets[0].load.amount";
        String bench = "plan.phases[0].weeks[0].days[2].blocks[0].entries[0].sets[0].load.amount";
        Response bens = TestServer.as(benMember.token()).get("/api/v1/workspaces/{w}/clients/{c}/programs/{p}", w, ben, bensProgram);
        assertEquals(200, bens.statusCode(), bens.asString());
        assertEquals(80.0f, num(bens, squat), 0.001, "Ben's own squat stays");
        assertEquals(85.0f, num(bens, bench), 0.001, "the template's bench change reaches Ben");
        assertEquals(2, (int) (Integer) bens.path("templateVersion"));
        Response beas = TestServer.as(coach.token()).get("/api/v1/workspaces/{w}/clients/{c}/programs", w, bea);
        assertEquals(110.0f, num(beas, "items[0]." + squat), 0.001);
        assertEquals(2, (int) (Integer) beas.path("items[0].templateVersion"));
        Response bos = TestServer.as(coach.token()).get("/api/v1/workspaces/{w}/clients/{c}/programs", w, bo);
        assertEquals(100.0f, num(bos, "items[0]." + squat), 0.001, "Bo was not chosen and keeps version 1");
        assertEquals(1, (int) (Integer) bos.path("items[0].templateVersion"));
        assertEquals(List.of(bo), TestServer.as(coach.token()).get(BASE + "/{t}/changes", w, t).path("items.clientId"));
    }

    static Map<String, Object> squatSet(double kg, int reps, int rir) {
        return Map.of("id", java.util.UUID.randomUUID().toString(), "exerciseId", ProgramPlans.exerciseId("back-squat"), "type", "working",
                "reps", reps, "load", Map.of("amount", kg, "unit", "kg"), "effort", Map.of("kind", "rir", "value", rir),
                "target", Map.of("type", "working", "repsMin", 5, "repsMax", 5, "load", Map.of("kind", "percentOfOneRepMax", "percent", 75)));
    }

    @Test
    void aClientLogsAWeekWithAResendAndAnOfflineBatchAndReadsRecordsVolumeAndTodaysWorkout() {
        Object[] c = Workspaces.addClient(w, owner.token(), coach.membershipId());
        Member cleo = (Member) c[0];
        String cl = (String) c[1];
        String logs = "/api/v1/workspaces/{w}/clients/{c}/workouts";
        Map<String, Object> pct = Map.of("type", "working", "repsMin", 5, "repsMax", 5, "load", Map.of("kind", "percentOfOneRepMax", "percent", 75));
        Map<String, Object> entry = Map.of("exerciseId", ProgramPlans.exerciseId("back-squat"), "sets", List.of(pct, pct));
        java.util.function.Supplier<Map<String, Object>> week = () -> Map.of("days", List.of(
                Map.of("name", "Squat day", "blocks", List.of(Map.of("type", "single", "entries", List.of(entry)))), ProgramPlans.day("Rest")));
        Map<String, Object> plan = Map.of("phases", List.of(Map.of("name", "Base", "weeks", List.of(week.get(), week.get()))));
        String t = createTemplate(coach.token(), ProgramPlans.template("Percent squat", plan)).then().statusCode(201).extract().path("id");
        String program = TestServer.as(coach.token()).contentType(ContentType.JSON).body(Map.of("templateId", t, "startDate", "2026-11-30"))
                .post("/api/v1/workspaces/{w}/clients/{c}/programs", w, cl).then().statusCode(201).extract().path("id");

        // Monday, then the same log sent again (a retry after a lost answer)
        String monday = java.util.UUID.randomUUID().toString();
        Map<String, Object> mondayLog = Map.of("performedOn", "2026-11-30", "programId", program, "durationSeconds", 3000,
                "notes", "Left knee a little sore", "sets", List.of(squatSet(100, 5, 2), squatSet(100, 5, 1)));
        Response first = TestServer.as(cleo.token()).contentType(ContentType.JSON).body(mondayLog).put(logs + "/{l}", w, cl, monday);
        assertEquals(201, first.statusCode(), first.asString());
        assertFalse(first.<Boolean>path("loggedOnBehalf"));
        Response resent = TestServer.as(cleo.token()).contentType(ContentType.JSON).body(mondayLog).put(logs + "/{l}", w, cl, monday);
        assertEquals(200, resent.statusCode(), resent.asString());

        // Wednesday and Friday, kept offline and synced together; the batch is sent twice
        Map<String, Object> batch = Map.of("logs", List.of(
                Map.of("id", java.util.UUID.randomUUID().toString(), "performedOn", "2026-12-02", "sets", List.of(squatSet(102.5, 5, 2))),
                Map.of("id", java.util.UUID.randomUUID().toString(), "performedOn", "2026-12-04", "sets", List.of(squatSet(105, 5, 1)))));
        for (int i = 0; i < 2; i++) {
            Response synced = TestServer.as(cleo.token()).contentType(ContentType.JSON).body(batch).post(logs + "/batch", w, cl);
            assertEquals(200, synced.statusCode(), synced.asString());
        }
        // Saturday, logged by the coach on the client's behalf
        Response byCoach = TestServer.as(coach.token()).contentType(ContentType.JSON)
                .body(Map.of("performedOn", "2026-12-05", "sets", List.of(squatSet(80, 8, 3)))).put(logs + "/{l}", w, cl, java.util.UUID.randomUUID());
        assertEquals(201, byCoach.statusCode(), byCoach.asString());
        assertTrue(byCoach.<Boolean>path("loggedOnBehalf"));
        // a client writes only their own logs
        assertEquals(404, TestServer.as(cleo.token()).contentType(ContentType.JSON).body(Map.of("performedOn", "2026-12-05"))
                .put(logs + "/{l}", w, ben, java.util.UUID.randomUUID()).statusCode());

        Response list = TestServer.as(coach.token()).get(logs, w, cl);
        assertEquals(List.of("2026-12-05", "2026-12-04", "2026-12-02", "2026-11-30"), list.path("items.performedOn"));
        assertEquals(2, list.<List<?>>path("items[3].sets").size(), "the resend did not double Monday's sets");
        assertEquals("Left knee a little sore", list.path("items[3].notes"));
        assertEquals(75.0f, num(list, "items[3].sets[0].target.load.percent"), 0.001);

        Response records = TestServer.as(cleo.token()).get("/api/v1/workspaces/{w}/clients/{c}/workouts/records", w, cl);
        assertEquals(200, records.statusCode(), records.asString());
        List<Map<String, Object>> rs = records.path("items");
        Map<String, Object> e1rm = rs.stream().filter(r -> ((Number) r.get("reps")).intValue() == 0).findFirst().orElseThrow();
        assertEquals(126.4, ((Number) e1rm.get("kilograms")).doubleValue(), 0.05); // 102.5 kg × 5 at RIR 2: 102.5 × (1 + 7/30)
        assertEquals("2026-12-02", e1rm.get("date"));
        Map<String, Object> fives = rs.stream().filter(r -> ((Number) r.get("reps")).intValue() == 5).findFirst().orElseThrow();
        assertEquals(105.0, ((Number) fives.get("kilograms")).doubleValue(), 0.001);

        Response history = TestServer.as(cleo.token()).get("/api/v1/workspaces/{w}/clients/{c}/workouts/history/{e}", w, cl,
                ProgramPlans.exerciseId("back-squat"));
        assertEquals(4, history.<List<?>>path("sessions").size());

        Response volume = TestServer.as(coach.token()).queryParam("from", "2026-11-30").queryParam("to", "2026-12-06")
                .get("/api/v1/workspaces/{w}/clients/{c}/workouts/volume", w, cl);
        assertEquals(200, volume.statusCode(), volume.asString());
        assertEquals("2026-11-30", volume.path("weeks[0].weekOf"));
        assertEquals(5.0f, num(volume, "weeks[0].sets.quads"), 0.001); // five working sets, squats train the quads first

        Response today = TestServer.as(cleo.token()).queryParam("date", "2026-12-07")
                .get("/api/v1/workspaces/{w}/clients/{c}/workouts/today", w, cl);
        assertEquals(200, today.statusCode(), today.asString());
        assertEquals("Squat day", today.path("programDay.name"));
        assertEquals(2, (int) (Integer) today.path("week"));
        // 75 % of 126.4 kg is 94.8 kg: rounded to 95 kg on a 20 kg bar
        Map<String, List<Map<String, Object>>> loads = today.path("loads");
        Map<String, Object> firstSet = loads.values().iterator().next().get(0);
        assertEquals(95.0, ((Number) firstSet.get("amount")).doubleValue(), 0.001, today.asString());
    }

    @Test
    void aSequenceProgramOffersTheNextTrainingDayOnceTheLastIsLogged() {
        Object[] c = Workspaces.addClient(w, owner.token(), coach.membershipId());
        Member dana = (Member) c[0];
        String cl = (String) c[1];
        String t = createTemplate(coach.token(), ProgramPlans.template("Sequence", ProgramPlans.lowerRestUpper(1, 100, 60)))
                .then().statusCode(201).extract().path("id");
        String programs = "/api/v1/workspaces/{w}/clients/{c}/programs";
        Response refused = TestServer.as(coach.token()).contentType(ContentType.JSON)
                .body(Map.of("templateId", t, "startDate", "2026-11-30", "schedule", "whenever")).post(programs, w, cl);
        assertEquals(400, refused.statusCode(), refused.asString());
        assertEquals(List.of("schedule"), refused.path("errors.field"));
        Response assigned = TestServer.as(coach.token()).contentType(ContentType.JSON)
                .body(Map.of("templateId", t, "startDate", "2026-11-30", "schedule", "sequence")).post(programs, w, cl);
        assertEquals(201, assigned.statusCode(), assigned.asString());
        assertEquals("sequence", assigned.path("schedule"));
        String program = assigned.path("id");

        String today = "/api/v1/workspaces/{w}/clients/{c}/workouts/today";
        Response first = TestServer.as(dana.token()).queryParam("date", "2026-12-03").get(today, w, cl);
        assertEquals("Lower", first.path("programDay.name"), first.asString());
        TestServer.as(dana.token()).contentType(ContentType.JSON).body(Map.of("performedOn", "2026-12-03", "programId", program,
                        "dayKey", first.path("programDay.key"), "sets", List.of()))
                .put("/api/v1/workspaces/{w}/clients/{c}/workouts/{l}", w, cl, java.util.UUID.randomUUID()).then().statusCode(201);
        Response next = TestServer.as(dana.token()).queryParam("date", "2026-12-03").get(today, w, cl);
        assertEquals("Upper", next.path("programDay.name"), "the rest day between is not waited out: " + next.asString());
    }

    @Test
    void aJobAssignsAProgramToThreeHundredClientsWithProgressAndNamesTheOneItCouldNotAssign() throws Exception {
        String t = createTemplate(coach.token(), ProgramPlans.template("Twelve weeks", ProgramPlans.lowerRestUpper(12, 100, 60)))
                .then().statusCode(201).extract().path("id");
        List<String> clients = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            clients.add(TestServer.as(owner.token()).contentType(ContentType.JSON)
                    .body(Map.of("displayName", "Job client " + i, "email", "job-" + i + "-" + System.nanoTime() + "@example.com",
                            "assignedCoachId", coach.membershipId()))
                    .post("/api/v1/workspaces/{w}/clients", w).then().statusCode(201).extract().<String>path("id"));
        }
        String foreign = (String) Workspaces.addClient(Workspaces.create(owner.token(), "Elsewhere " + System.nanoTime()),
                owner.token(), null)[1];
        clients.add(150, foreign);

        long started = System.nanoTime();
        Response queued = TestServer.as(coach.token()).contentType(ContentType.JSON)
                .body(Map.of("clientIds", clients, "startDate", "2026-12-14")).post(BASE + "/{t}/assignment-jobs", w, t);
        long answered = System.nanoTime();
        assertEquals(202, queued.statusCode(), queued.asString());
        assertEquals(301, (int) queued.<Integer>path("total"));
        String location = queued.header("Location");
        assertTrue(location.endsWith("/assignment-jobs/" + queued.path("id")), location);

        Response job = null;
        java.util.Set<Integer> progressSeen = new java.util.TreeSet<>();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            job = TestServer.as(coach.token()).get(BASE + "/{t}/assignment-jobs/{j}", w, t, queued.path("id"));
            assertEquals(200, job.statusCode(), job.asString());
            progressSeen.add(job.<Integer>path("processed"));
            if ("done".equals(job.path("state"))) {
                break;
            }
            Thread.sleep(20); // polling the job's state, as a client would
        }
        long done = System.nanoTime();
        assertEquals("done", job.path("state"), job.asString());
        assertEquals(301, (int) job.<Integer>path("processed"));
        assertEquals(300, (int) job.<Integer>path("assigned"));
        assertEquals(List.of(foreign), job.path("failures.clientId"));
        assertNotNull(job.path("finishedAt"));
        assertEquals(1, TestServer.as(coach.token()).get("/api/v1/workspaces/{w}/clients/{c}/programs", w, clients.get(299))
                .<List<?>>path("items").size());
        // an assistant may not start one, and a job is read only under its own template
        assertEquals(403, TestServer.as(assistant.token()).contentType(ContentType.JSON)
                .body(Map.of("clientIds", List.of(ben), "startDate", "2026-12-14")).post(BASE + "/{t}/assignment-jobs", w, t).statusCode());
        Response tooMany = TestServer.as(coach.token()).contentType(ContentType.JSON)
                .body(Map.of("clientIds", java.util.Collections.nCopies(1001, ben), "startDate", "2026-12-14"))
                .post(BASE + "/{t}/assignment-jobs", w, t);
        assertEquals(400, tooMany.statusCode(), tooMany.asString());
        assertEquals(List.of("clientIds"), tooMany.path("errors.field"));
        System.out.printf("program assignment job: 12-week program to 300 clients (+1 refused): answered in %d ms, done in %d ms "
                + "(%.0f clients/s), progress seen at %s%n", (answered - started) / 1_000_000, (done - started) / 1_000_000,
                300 / ((done - started) / 1e9), progressSeen);
    }
}
