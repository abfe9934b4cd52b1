package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.TestServer;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo workspace's check-ins: a weekly form, about three months of a client's submissions and metrics, a queue. */
class DemoCheckinsIT {
    static String token(String person) {
        return TestServer.request().queryParam("person", person).get("/dev/token").then().statusCode(200).extract().asString().strip();
    }

    @Test
    void theDemoHasAWeeklyCheckinWithThreeMonthsOfSubmissionsAndAQueue() {
        String owner = token("owner");
        String w = TestServer.as(owner).get("/api/v1/me").then().statusCode(200)
                .extract().path("memberships.find { it.workspaceName == 'Summit Strength & Nutrition' }.workspaceId");
        String client = token("client1");
        String me = TestServer.as(client).get("/api/v1/workspaces/{w}/clients/me", w).then().statusCode(200).extract().path("id");
        JsonPath checkins = TestServer.as(client).get("/api/v1/workspaces/{w}/clients/{c}/checkins", w, me).then().statusCode(200)
                .extract().jsonPath();
        int count = checkins.getList("items").size();
        assertTrue(count >= 9 && count <= 14, "about thirteen weekly check-ins, a few missed: " + count);
        assertTrue(checkins.getList("items.feedback").stream().filter(f -> f != null).count() >= 8, "most were reviewed with feedback");
        JsonPath schedules = TestServer.as(client).get("/api/v1/workspaces/{w}/clients/{c}/checkin-schedules", w, me).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("sunday", schedules.getString("items[0].weekday"));
        JsonPath series = TestServer.as(client).get("/api/v1/workspaces/{w}/clients/{c}/metrics?type=bodyweight", w, me).then().statusCode(200)
                .extract().jsonPath();
        assertTrue(series.getList("points").size() >= 12, series.prettify());
        assertTrue(series.getDouble("changes[1].change") < 0, "the trend goes down over 30 days: " + series.getString("changes"));
        List<String> sources = series.getList("values.source");
        assertTrue(sources.contains("checkin") && sources.contains("logged"), sources.toString());
        JsonPath queue = TestServer.as(owner).get("/api/v1/workspaces/{w}/checkin-review/queue", w).then().statusCode(200).extract().jsonPath();
        assertTrue(queue.getList("items").size() >= 1, "the latest check-ins wait for review");
    }
}
