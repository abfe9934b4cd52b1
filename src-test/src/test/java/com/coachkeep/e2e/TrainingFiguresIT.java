package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.coachkeep.testing.ProgramPlans;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import com.coachkeep.testing.Workspaces.Member;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Figures for a client with two years of logs (four workouts a week, eight sets each, synced through the API in batches),
 * printed and never asserted; runs only with {@code -Dcoachkeep.training.figures=true}: the latency of today's workout,
 * of one exercise's history, of the records, of a page of logs and of the weekly volume, sequential calls on a warm
 * server, p50 and p95.
 */
class TrainingFiguresIT {
    static final String[] LIFTS = {"back-squat", "bench-press", "deadlift", "overhead-press"};

    @Test
    void todaysWorkoutAndHistoryOfAClientWithTwoYearsOfLogs() {
        Assumptions.assumeTrue(Boolean.getBoolean("coachkeep.training.figures"), "run with -Dcoachkeep.training.figures=true");
        Member owner = Workspaces.signedIn("owner");
        String w = Workspaces.create(owner.token(), "Training figures " + System.nanoTime());
        Member coach = Workspaces.addStaff(w, owner.token(), "coach");
        Object[] c = Workspaces.addClient(w, owner.token(), coach.membershipId());
        Member client = (Member) c[0];
        String cl = (String) c[1];
        LocalDate today = LocalDate.now();
        LocalDate start = today.minusWeeks(104).with(java.time.DayOfWeek.MONDAY);

        String t = TestServer.as(coach.token()).contentType(ContentType.JSON)
                .body(ProgramPlans.template("Figures", ProgramPlans.lowerRestUpper(12, 100, 80)))
                .post("/api/v1/workspaces/{w}/program-templates", w).then().statusCode(201).extract().path("id");
        TestServer.as(coach.token()).contentType(ContentType.JSON).body(Map.of("templateId", t, "startDate", today.minusDays(3).toString()))
                .post("/api/v1/workspaces/{w}/clients/{c}/programs", w, cl).then().statusCode(201);

        List<Map<String, Object>> logs = new ArrayList<>();
        long seedStart = System.nanoTime();
        int sets = 0;
        for (LocalDate d = start; d.isBefore(today); d = d.plusDays(1)) {
            int dow = d.getDayOfWeek().getValue();
            if (dow == 3 || dow > 5) {
                continue;
            }
            String lift = LIFTS[(dow - 1) % 4];
            double kg = 60 + 0.1 * (d.toEpochDay() - start.toEpochDay());
            List<Map<String, Object>> s = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                s.add(Map.of("id", UUID.randomUUID().toString(), "exerciseId", ProgramPlans.exerciseId(i < 5 ? lift : "barbell-row"),
                        "type", "working", "reps", 5, "load", Map.of("amount", Math.round(kg * 2) / 2.0, "unit", "kg"),
                        "effort", Map.of("kind", "rir", "value", 2)));
            }
            sets += s.size();
            logs.add(Map.of("id", UUID.randomUUID().toString(), "performedOn", d.toString(), "notes", "Session " + d, "sets", s));
            if (logs.size() == 20) {
                sync(client, w, cl, logs);
            }
        }
        if (!logs.isEmpty()) {
            sync(client, w, cl, logs);
        }
        long seedMs = (System.nanoTime() - seedStart) / 1_000_000;
        System.out.printf("training figures: two years seeded through the batch endpoint: %d sets in %d ms%n", sets, seedMs);

        String base = "/api/v1/workspaces/{w}/clients/{c}";
        measure("todays-workout", () -> TestServer.as(client.token()).get(base + "/workouts/today", w, cl));
        measure("exercise-history (back squat, 2 years)", () -> TestServer.as(client.token())
                .get(base + "/workouts/history/{e}", w, cl, ProgramPlans.exerciseId("back-squat")));
        measure("personal-records (2 years)", () -> TestServer.as(coach.token()).get(base + "/workouts/records", w, cl));
        measure("workout-logs, first page of 25", () -> TestServer.as(coach.token()).get(base + "/workouts", w, cl));
        measure("weekly-volume, last 8 weeks", () -> TestServer.as(coach.token()).get(base + "/workouts/volume", w, cl));
    }

    private static void sync(Member client, String w, String cl, List<Map<String, Object>> logs) {
        Response r = TestServer.as(client.token()).contentType(ContentType.JSON).body(Map.of("logs", logs))
                .post("/api/v1/workspaces/{w}/clients/{c}/workouts/batch", w, cl);
        assertEquals(200, r.statusCode(), r.asString());
        logs.clear();
    }

    private static void measure(String what, java.util.function.Supplier<Response> call) {
        for (int i = 0; i < 10; i++) {
            assertEquals(200, call.get().statusCode());
        }
        int n = 60;
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            Response r = call.get();
            ms[i] = (System.nanoTime() - s) / 1e6;
            assertEquals(200, r.statusCode(), r.asString());
        }
        Arrays.sort(ms);
        System.out.printf("training figures: %-40s p50 %6.1f ms  p95 %6.1f ms  (%d sequential calls)%n", what, ms[n / 2], ms[(int) (n * 0.95)], n);
    }
}
