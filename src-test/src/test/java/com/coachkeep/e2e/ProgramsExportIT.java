package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.Exports;
import com.coachkeep.testing.ProgramPlans;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import com.coachkeep.testing.Workspaces.Populated;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A client's programs and logs are theirs: in their own export (JSON, and the sets as CSV, notes decrypted), without
 * the workspace's templates; the owner's export holds the templates with every version.
 */
@Tag("promise:P-EXP-1")
class ProgramsExportIT {
    @Test
    void aClientsExportHoldsTheirProgramsAndLogsAndTheOwnersTheTemplates() throws Exception {
        Populated w = Workspaces.populated("Programs export " + UUID.randomUUID().toString().substring(0, 8));
        String t = TestServer.as(w.coach().token()).contentType(ContentType.JSON)
                .body(ProgramPlans.template("Export program", ProgramPlans.lowerRestUpper(1, 100, 80)))
                .post("/api/v1/workspaces/{w}/program-templates", w.id()).then().statusCode(201).extract().path("id");
        String program = TestServer.as(w.coach().token()).contentType(ContentType.JSON).body(Map.of("templateId", t, "startDate", "2026-11-30"))
                .post("/api/v1/workspaces/{w}/clients/{c}/programs", w.id(), w.clientId()).then().statusCode(201).extract().path("id");
        String log = UUID.randomUUID().toString();
        TestServer.as(w.client().token()).contentType(ContentType.JSON)
                .body(Map.of("performedOn", "2026-11-30", "notes", "Export marker note", "sets", List.of(Map.of("id", UUID.randomUUID().toString(),
                        "exerciseId", ProgramPlans.exerciseId("back-squat"), "type", "working", "reps", 5, "load", Map.of("amount", 100, "unit", "kg")))))
                .put("/api/v1/workspaces/{w}/clients/{c}/workouts/{l}", w.id(), w.clientId(), log).then().statusCode(201);

        String mine = TestServer.as(w.client().token()).post("/api/v1/workspaces/{w}/clients/me/exports", w.id()).then().statusCode(202)
                .extract().path("id");
        Map<String, String> zip = ExportIT.download(w.client().token(), Exports.awaitReady(w.client().token(), w.id(), mine).path("download.url"));
        assertTrue(zip.get("programs/assigned/" + program + ".json").contains(ProgramPlans.exerciseId("back-squat")), zip.keySet().toString());
        assertTrue(zip.get("programs/logs/" + log + ".json").contains("Export marker note"));
        List<List<String>> sets = ExportIT.csv(zip.get("programs/sets.csv"));
        assertEquals("performedOn", sets.get(0).get(0));
        assertEquals(2, sets.size(), sets.toString());
        assertEquals("100.000", sets.get(1).get(8));
        assertFalse(zip.keySet().stream().anyMatch(n -> n.startsWith("programs/templates/")), zip.keySet().toString());
        assertTrue(zip.get("README.txt").contains("programs"), zip.get("README.txt"));

        String owners = TestServer.as(w.owner().token()).post("/api/v1/workspaces/{w}/exports", w.id()).then().statusCode(202).extract().path("id");
        Map<String, String> all = ExportIT.download(w.owner().token(), Exports.awaitReady(w.owner().token(), w.id(), owners).path("download.url"));
        String template = all.get("programs/templates/" + t + ".json");
        assertTrue(template.matches("(?s).*\"versions\"\\s*:\\s*\\[\\s*\\{\\s*\"version\"\\s*:\\s*1.*"), template);
        assertTrue(template.contains(ProgramPlans.exerciseId("bench-press")), template);
        assertTrue(all.containsKey("programs/logs/" + log + ".json"));
    }

}
