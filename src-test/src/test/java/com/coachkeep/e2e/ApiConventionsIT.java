package com.coachkeep.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import com.coachkeep.testing.Workspaces.Member;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Problems, validation, ETags, idempotency, pagination and request ids, as DESIGN.md's API conventions say. */
class ApiConventionsIT {
    private static final String JSON_OK = "{\"name\":\"Gym\",\"timezone\":\"Europe/Berlin\",\"currency\":\"EUR\",\"locale\":\"en\"}";

    @Test
    void creatingAWorkspaceMakesTheCallerOwnerAndAnswersWithLocationAndEtag() {
        Member owner = Workspaces.signedIn("owner");
        Response r = TestServer.as(owner.token()).contentType(ContentType.JSON).body(JSON_OK).post("/api/v1/workspaces");
        r.then().statusCode(201).header("Location", containsString("/api/v1/workspaces/")).header("ETag", notNullValue())
                .body("name", equalTo("Gym")).body("currency", equalTo("EUR")).body("createdAt", containsString("Z"));
        String id = r.path("id");
        // The ETag of the creation is the stored version: an immediate conditional edit succeeds.
        TestServer.as(owner.token()).contentType(ContentType.JSON).header("If-Match", r.header("ETag"))
                .body("{\"name\":\"Gym Two\"}").patch("/api/v1/workspaces/{w}", id).then().statusCode(200);
        TestServer.as(owner.token()).get("/api/v1/me").then().statusCode(200)
                .body("memberships.find { it.workspaceId == '" + id + "' }.role", equalTo("owner"));
    }

    @Test
    void invalidFieldsAreEachNamedAndNothingIsStored() {
        Member owner = Workspaces.signedIn("owner");
        TestServer.as(owner.token()).contentType(ContentType.JSON)
                .body(Map.of("name", " ", "timezone", "Mars/Olympus", "currency", "euro", "locale", "xx", "brandColor", "red"))
                .post("/api/v1/workspaces").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://coachkeep.app/problems/validation"))
                .body("errors.field", hasItems("name", "timezone", "currency", "locale", "brandColor"));
        TestServer.as(owner.token()).get("/api/v1/me").then().body("memberships", hasSize(0));
    }

    @Test
    void malformedJsonWrongTypesMediaTypesAndSizesGetClearProblems() {
        Member owner = Workspaces.signedIn("owner");
        TestServer.as(owner.token()).contentType(ContentType.JSON).body("{\"name\": \"Gym\", ").post("/api/v1/workspaces")
                .then().statusCode(400).body("type", equalTo("https://coachkeep.app/problems/malformed-body"))
                .body(not(containsString("Exception"))).body(not(containsString("at com.")));
        TestServer.as(owner.token()).contentType(ContentType.JSON).body("{\"name\": {\"x\": 1}, \"timezone\": [], \"currency\": \"EUR\", \"locale\": \"en\"}")
                .post("/api/v1/workspaces").then().statusCode(400).contentType("application/problem+json");
        TestServer.as(owner.token()).contentType(ContentType.TEXT).body("name=Gym").post("/api/v1/workspaces")
                .then().statusCode(415).contentType("application/problem+json");
        String huge = "{\"name\":\"" + "x".repeat(70_000) + "\"}";
        TestServer.as(owner.token()).contentType(ContentType.JSON).body(huge).post("/api/v1/workspaces")
                .then().statusCode(413).contentType("application/problem+json");
        TestServer.as(owner.token()).get("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json");
        TestServer.as(owner.token()).put("/api/v1/me").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void unknownEnumValuesAndMalformedIdsAreClear() {
        Populated p = Populated.get();
        TestServer.as(p.owner().token()).contentType(ContentType.JSON).body(Map.of("status", "sleeping"))
                .patch("/api/v1/workspaces/{w}/clients/{c}", p.id(), p.clientId())
                .then().statusCode(400).body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("active"));
        TestServer.as(p.owner().token()).contentType(ContentType.JSON).body(Map.of("email", "a@b.example", "role", "owner"))
                .post("/api/v1/workspaces/{w}/staff/invitations", p.id()).then().statusCode(400).body("errors[0].field", equalTo("role"));
        TestServer.as(p.owner().token()).get("/api/v1/workspaces/{w}/clients/{c}", p.id(), "not-a-uuid").then().statusCode(404);
        TestServer.as(p.owner().token()).get("/api/v1/workspaces/{w}/clients?limit=1000", p.id()).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        TestServer.as(p.owner().token()).get("/api/v1/workspaces/{w}/clients?cursor=garbage", p.id()).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void staleIfMatchIsRefusedAndLosesNothing() {
        Member owner = Workspaces.signedIn("owner");
        String w = Workspaces.create(owner.token(), "Etag Gym");
        String etag = TestServer.as(owner.token()).get("/api/v1/workspaces/{w}", w).then().statusCode(200).extract().header("ETag");
        String next = TestServer.as(owner.token()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"name\":\"First edit\"}").patch("/api/v1/workspaces/{w}", w)
                .then().statusCode(200).body("name", equalTo("First edit")).body("timezone", equalTo("Europe/Berlin"))
                .extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, next);
        TestServer.as(owner.token()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"name\":\"Second edit\"}").patch("/api/v1/workspaces/{w}", w)
                .then().statusCode(412).body("type", equalTo("https://coachkeep.app/problems/stale-version"));
        TestServer.as(owner.token()).get("/api/v1/workspaces/{w}", w).then().body("name", equalTo("First edit"));
        TestServer.as(owner.token()).contentType(ContentType.JSON).body("{\"name\": 42, \"colour\": \"x\"}")
                .patch("/api/v1/workspaces/{w}", w).then().statusCode(400).body("errors.field", hasItems("name", "colour"));
    }

    @Test
    void idempotencyKeyReplaysTheFirstResultAndRefusesADifferentBody() {
        Member owner = Workspaces.signedIn("owner");
        String key = UUID.randomUUID().toString();
        Response first = TestServer.as(owner.token()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(JSON_OK).post("/api/v1/workspaces");
        Response retry = TestServer.as(owner.token()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(JSON_OK).post("/api/v1/workspaces");
        first.then().statusCode(201);
        retry.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals((String) first.path("id"), retry.path("id"));
        assertEquals(first.header("Location"), retry.header("Location"));
        TestServer.as(owner.token()).get("/api/v1/me").then().body("memberships", hasSize(1));
        TestServer.as(owner.token()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(JSON_OK.replace("Gym", "Other")).post("/api/v1/workspaces")
                .then().statusCode(422).body("type", equalTo("https://coachkeep.app/problems/idempotency-key-reused"));
    }

    @Test
    void requestIdIsEchoedOrGenerated() {
        TestServer.request().header("X-Request-Id", "trace-abc-123").get("/api/v1/me")
                .then().header("X-Request-Id", "trace-abc-123").body("requestId", equalTo("trace-abc-123"));
        String generated = TestServer.request().get("/api/v1/me").then().extract().header("X-Request-Id");
        org.junit.jupiter.api.Assertions.assertNotNull(generated);
    }

    @Test
    void rosterPagesWithCursorsFiltersByStatusAndSearchesByName() {
        Member owner = Workspaces.signedIn("owner");
        String w = Workspaces.create(owner.token(), "Paging Gym");
        for (int i = 0; i < 7; i++) {
            TestServer.as(owner.token()).contentType(ContentType.JSON)
                    .body(Map.of("displayName", "Client " + (char) ('A' + i), "email", "c" + i + "-" + w.substring(0, 8) + "@example.com"))
                    .post("/api/v1/workspaces/{w}/clients", w).then().statusCode(201);
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var req = TestServer.as(owner.token()).queryParam("limit", 3);
            if (cursor != null) {
                req = req.queryParam("cursor", cursor);
            }
            Response page = req.get("/api/v1/workspaces/{w}/clients", w);
            page.then().statusCode(200);
            List<String> names = page.path("items.displayName");
            seen.addAll(names);
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(7, seen.size());
        assertEquals(3, pages);
        TestServer.as(owner.token()).queryParam("limit", 100).get("/api/v1/workspaces/{w}/clients", w)
                .then().body("nextCursor", nullValue()).body("items[0].displayName", equalTo("Client A"));

        String id = TestServer.as(owner.token()).queryParam("q", "client c").get("/api/v1/workspaces/{w}/clients", w)
                .then().statusCode(200).body("items", hasSize(1)).extract().path("items[0].id");
        TestServer.as(owner.token()).contentType(ContentType.JSON).body(Map.of("status", "paused", "tags", List.of("Morning", "online")))
                .patch("/api/v1/workspaces/{w}/clients/{c}", w, id).then().statusCode(200)
                .body("status", equalTo("paused")).body("tags", equalTo(List.of("morning", "online")));
        TestServer.as(owner.token()).queryParam("status", "paused").get("/api/v1/workspaces/{w}/clients", w)
                .then().body("items.id", equalTo(List.of(id)));
    }

    /** One populated workspace shared by the tests that only read or make small changes. */
    record Populated(String id, Member owner, String clientId) {
        private static Populated instance;

        static synchronized Populated get() {
            if (instance == null) {
                var p = Workspaces.populated("Conventions Gym");
                instance = new Populated(p.id(), p.owner(), p.clientId());
            }
            return instance;
        }
    }
}
