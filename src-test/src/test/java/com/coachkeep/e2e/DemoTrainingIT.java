package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.TestServer;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo workspace's training: a 12-week program in the library, assigned to clients who have eight weeks of logs. */
class DemoTrainingIT {
    @Test
    void theDemoHasATwelveWeekProgramAndEightWeeksOfAClientsLogs() {
        String owner = DemoWorkspaceIT.token("owner");
        String w = TestServer.as(owner).get("/api/v1/me").then().statusCode(200)
                .extract().path("memberships.find { it.workspaceName == 'Summit Strength & Nutrition' }.workspaceId");
        Response library = TestServer.as(owner).get("/api/v1/workspaces/{w}/program-templates", w);
        assertEquals(List.of("Strength foundations, 12 weeks"), library.path("items.name"));
        String t = library.path("items[0].id");
        Response template = TestServer.as(owner).get("/api/v1/workspaces/{w}/program-templates/{t}", w, t);
        assertEquals(12, template.<List<?>>path("plan.phases.weeks.flatten()").size());

        String client = DemoWorkspaceIT.token("client1");
        String me = TestServer.as(client).get("/api/v1/workspaces/{w}/clients/me", w).then().statusCode(200).extract().path("id");
        Response programs = TestServer.as(client).get("/api/v1/workspaces/{w}/clients/{c}/programs", w, me);
        assertEquals(1, programs.<List<?>>path("items").size(), programs.asString());
        Response logs = TestServer.as(client).queryParam("limit", 100).get("/api/v1/workspaces/{w}/clients/{c}/workouts", w, me);
        int count = logs.<List<?>>path("items").size();
        assertTrue(count >= 20 && count <= 32, "eight weeks of four sessions, a few missed: " + count);
        Response records = TestServer.as(client).get("/api/v1/workspaces/{w}/clients/{c}/workouts/records", w, me);
        assertTrue(records.<List<?>>path("items").size() >= 8, records.asString());
    }
}
