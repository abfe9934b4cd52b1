package com.coachkeep.e2e;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.coachkeep.testing.TestServer;
import org.junit.jupiter.api.Test;

/** The development server comes with a demo workspace, and the development issuer's tokens open it. */
class DemoWorkspaceIT {
    static String token(String person) {
        return TestServer.request().queryParam("person", person).get("/dev/token").then().statusCode(200).extract().asString().strip();
    }

    @Test
    void theDemoOwnerSeesTheirWorkspaceAndWholeRoster() {
        String owner = token("owner");
        String w = TestServer.as(owner).get("/api/v1/me").then().statusCode(200)
                .body("email", equalTo("owner@demo.coachkeep.test"))
                .extract().path("memberships.find { it.workspaceName == 'Summit Strength & Nutrition' }.workspaceId");
        TestServer.as(owner).get("/api/v1/workspaces/{w}/clients", w).then().statusCode(200).body("items", hasSize(3));
        TestServer.as(owner).get("/api/v1/workspaces/{w}/staff", w).then().statusCode(200)
                .body("items.role", containsInAnyOrder("owner", "coach", "assistant"));

        String coach = token("coach");
        TestServer.as(coach).get("/api/v1/workspaces/{w}/clients", w).then().statusCode(200)
                .body("items.displayName", containsInAnyOrder("Chris Client", "Jamie Client"));
        String client = token("client1");
        TestServer.as(client).get("/api/v1/workspaces/{w}/clients/me", w).then().statusCode(200)
                .body("displayName", equalTo("Chris Client"));
    }
}
