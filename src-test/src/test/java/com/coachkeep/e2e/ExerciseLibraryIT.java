package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import com.coachkeep.testing.Workspaces.Populated;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The exercise library through the API: a coach creates exercises, finds them by text, alias and filters beside the
 * global catalogue, hides a global one, groups variations, merges a duplicate (whose id then resolves to the survivor),
 * and every change is in the audit trail; another workspace sees none of it; clients have no direct access; the AI
 * option answers a clear problem on a deployment without a provider.
 */
class ExerciseLibraryIT {
    static final String BACK_SQUAT = "728da5c3-ba82-47c8-57a5-98ad2714c2a2";
    static Populated ws;
    static Populated other;

    @BeforeAll
    static void workspaces() {
        ws = Workspaces.populated("Library Barbell Club");
        other = Workspaces.populated("Library Other Gym");
    }

    static String library(String workspaceId) {
        return "/api/v1/workspaces/" + workspaceId + "/exercises";
    }

    static RequestSpecification coach() {
        return TestServer.as(ws.coach().token()).contentType(ContentType.JSON);
    }

    static String create(Map<String, Object> body) {
        Response r = coach().body(body).post(library(ws.id()));
        assertEquals(201, r.statusCode(), r.asString());
        assertNotNull(r.header("Location"));
        return r.path("id");
    }

    static List<String> names(Response r) {
        assertEquals(200, r.statusCode(), r.asString());
        return r.jsonPath().getList("items.name");
    }

    static Response search(Map<String, ?> query) {
        return TestServer.as(ws.coach().token()).queryParams(query).get(library(ws.id()));
    }

    @Test
    void aCoachCreatesFindsGroupsHidesAndMergesExercises() throws Exception {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("name", "Landmine Zercher Squat",
                "instructions", "Hold the bar end in the elbows' crook and squat.", "videoUrl", "https://videos.example.com/landmine-zercher.mp4",
                "tags", List.of("Home Gym"), "primaryMuscles", List.of("quads", "glutes"), "secondaryMuscles", List.of("abs"),
                "equipment", "landmine", "pattern", "squat", "mechanics", "compound", "variationGroup", "squat"));
        body.put("aliases", List.of("LZS"));
        String landmine = create(body);
        JsonPath created = TestServer.as(ws.coach().token()).get(library(ws.id()) + "/" + landmine).then().statusCode(200).extract().jsonPath();
        assertEquals("workspace", created.getString("source"));
        assertEquals(List.of("home gym"), created.getList("tags"));
        assertEquals(List.of("glutes", "quads"), created.getList("primaryMuscles"));
        assertEquals(List.of("LZS"), created.getList("aliases"));

        // text (a part of the name, a whole name, an alias) and filters
        assertTrue(names(search(Map.of("q", "zercher"))).containsAll(List.of("Landmine Zercher Squat", "Zercher Squat")));
        assertEquals("Landmine Zercher Squat", names(search(Map.of("q", "lzs"))).get(0));
        assertTrue(names(search(Map.of("q", "landmine zercher squat"))).get(0).equals("Landmine Zercher Squat"));
        List<String> landmineSquats = names(search(Map.of("equipment", "landmine", "pattern", "squat")));
        assertTrue(landmineSquats.contains("Landmine Zercher Squat"), landmineSquats.toString());
        assertTrue(names(search(Map.of("muscle", "abs", "equipment", "landmine"))).contains("Landmine Zercher Squat"), "secondary muscles count");
        assertFalse(names(search(Map.of("muscle", "biceps", "equipment", "landmine"))).contains("Landmine Zercher Squat"));
        assertEquals(List.of("Landmine Zercher Squat"), names(search(Map.of("source", "workspace"))));
        assertFalse(names(search(Map.of("source", "global", "q", "zercher"))).contains("Landmine Zercher Squat"));

        // cursor pages walk the whole catalogue once, in name order
        List<String> all = new ArrayList<>();
        String cursor = null;
        do {
            Response page = cursor == null ? search(Map.of("limit", "40")) : search(Map.of("limit", "40", "cursor", cursor));
            all.addAll(names(page));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertTrue(all.size() >= 176, "catalogue and own: " + all.size());
        assertEquals(all.size(), new HashSet<>(all).size(), "no exercise twice");
        // and a text search pages by relevance without repeating either
        Response first = search(Map.of("q", "squat", "limit", "5"));
        Response second = search(Map.of("q", "squat", "limit", "5", "cursor", first.path("nextCursor")));
        Set<String> both = new HashSet<>(names(first));
        both.addAll(names(second));
        assertEquals(10, both.size());

        // variations: the workspace's exercise joins the catalogue's squat group
        List<String> substitutes = TestServer.as(ws.coach().token()).get(library(ws.id()) + "/" + BACK_SQUAT + "/substitutes")
                .then().statusCode(200).extract().jsonPath().getList("items.name");
        assertTrue(substitutes.containsAll(List.of("Landmine Zercher Squat", "Front Squat")), substitutes.toString());
        assertFalse(substitutes.contains("Back Squat"));

        // hiding a global exercise takes it out of search and substitutes, not out of reach by id
        TestServer.as(ws.coach().token()).put(library(ws.id()) + "/" + BACK_SQUAT + "/hidden").then().statusCode(200);
        assertFalse(names(search(Map.of("q", "back squat"))).contains("Back Squat"));
        assertTrue(names(search(Map.of("q", "back squat", "includeHidden", "true"))).contains("Back Squat"));
        assertTrue(TestServer.as(ws.coach().token()).get(library(ws.id()) + "/" + BACK_SQUAT).then().statusCode(200).extract().<Boolean>path("hidden"));
        List<String> fromLandmine = TestServer.as(ws.coach().token()).get(library(ws.id()) + "/" + landmine + "/substitutes")
                .then().statusCode(200).extract().jsonPath().getList("items.name");
        assertFalse(fromLandmine.contains("Back Squat"), fromLandmine.toString());
        assertTrue(names(TestServer.as(other.coach().token()).queryParam("q", "back squat").get(library(other.id()))).contains("Back Squat"),
                "hidden for this workspace only");
        TestServer.as(ws.coach().token()).delete(library(ws.id()) + "/" + BACK_SQUAT + "/hidden").then().statusCode(200);
        assertTrue(names(search(Map.of("q", "back squat"))).contains("Back Squat"));
        // the global catalogue is read-only; only global exercises are hidden
        coach().body(Map.of("name", "Mine now")).patch(library(ws.id()) + "/" + BACK_SQUAT).then().statusCode(409);
        TestServer.as(ws.coach().token()).put(library(ws.id()) + "/" + landmine + "/hidden").then().statusCode(409);

        // an alias on a global exercise
        coach().body(Map.of("aliases", List.of("Comp squat"))).put(library(ws.id()) + "/" + BACK_SQUAT + "/aliases").then().statusCode(200);
        assertEquals("Back Squat", names(search(Map.of("q", "comp squat"))).get(0));

        // a duplicate merged into the original: its id resolves to the survivor, its name became an alias
        String duplicate = create(Map.of("name", "LM Zercher", "primaryMuscles", List.of("quads"), "equipment", "landmine",
                "pattern", "squat", "mechanics", "compound"));
        JsonPath survivor = coach().body(Map.of("into", landmine)).post(library(ws.id()) + "/" + duplicate + "/merge")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(landmine, survivor.getString("id"));
        assertTrue(survivor.getList("aliases").containsAll(List.of("LZS", "LM Zercher")), survivor.getList("aliases").toString());
        JsonPath redirected = TestServer.as(ws.coach().token()).get(library(ws.id()) + "/" + duplicate).then().statusCode(200).extract().jsonPath();
        assertEquals(landmine, redirected.getString("id"));
        assertEquals(duplicate, redirected.getString("redirectedFrom"));
        assertEquals("Landmine Zercher Squat", names(search(Map.of("q", "LM Zercher"))).get(0));
        assertFalse(names(search(Map.of("source", "workspace"))).contains("LM Zercher"));
        coach().body(Map.of("name", "Revived")).patch(library(ws.id()) + "/" + duplicate).then().statusCode(409);

        // edit with optimistic locking; archive
        String etag = TestServer.as(ws.coach().token()).get(library(ws.id()) + "/" + landmine).header("ETag");
        coach().header("If-Match", etag).body(Map.of("instructions", "Cradle the bar end in the elbows; squat to depth."))
                .patch(library(ws.id()) + "/" + landmine).then().statusCode(200);
        coach().header("If-Match", etag).body(Map.of("name", "Stale edit")).patch(library(ws.id()) + "/" + landmine).then().statusCode(412);
        coach().body(Map.of("videoUrl", "http://videos.example.com/x.mp4")).patch(library(ws.id()) + "/" + landmine).then().statusCode(400)
                .contentType("application/problem+json");
        String gone = create(Map.of("name", "Old Finisher", "primaryMuscles", List.of("quads"), "equipment", "sled",
                "pattern", "conditioning", "mechanics", "compound"));
        TestServer.as(ws.coach().token()).delete(library(ws.id()) + "/" + gone).then().statusCode(200);
        assertFalse(names(search(Map.of("source", "workspace"))).contains("Old Finisher"));
        assertEquals("archived", TestServer.as(ws.coach().token()).get(library(ws.id()) + "/" + gone).path("status"));

        // every change is audited
        List<String> kinds = TestServer.as(ws.owner().token()).queryParam("kind", "exercise").queryParam("limit", "100")
                .get("/api/v1/workspaces/" + ws.id() + "/audit-events").then().statusCode(200).extract().jsonPath().getList("items.kind");
        assertTrue(kinds.containsAll(List.of("exercise.created", "exercise.updated", "exercise.archived", "exercise.hidden",
                "exercise.unhidden", "exercise.aliases_changed", "exercise.merged")), kinds.toString());

        // another workspace's exercise answers exactly like a missing one; the table repeats it with row-level security
        Response foreign = TestServer.as(other.coach().token()).get(library(other.id()) + "/" + landmine);
        Response missing = TestServer.as(other.coach().token()).get(library(other.id()) + "/0b3f2b7e-1111-4c4c-9d9d-000000000000");
        assertEquals(404, foreign.statusCode());
        assertEquals(missing.path("type").toString(), foreign.path("type").toString());
        assertFalse(names(TestServer.as(other.coach().token()).queryParam("q", "zercher").get(library(other.id()))).contains("Landmine Zercher Squat"));
        try (Connection app = DriverManager.getConnection(TestServer.DB_URL, "coachkeep_app", "");
                Statement s = app.createStatement(); ResultSet r = s.executeQuery("select count(*) from exercise")) {
            r.next();
            assertEquals(0, r.getLong(1), "without a workspace setting, the application role sees no exercise");
        }
    }

    @Test
    void clientsHaveNoDirectAccessAndAssistantsOnlyRead() {
        TestServer.as(ws.client().token()).get(library(ws.id())).then().statusCode(403);
        TestServer.as(ws.assistant().token()).get(library(ws.id())).then().statusCode(200);
        TestServer.as(ws.assistant().token()).contentType(ContentType.JSON).body(Map.of("name", "Nope", "primaryMuscles", List.of("quads"),
                "equipment", "barbell", "pattern", "squat", "mechanics", "compound")).post(library(ws.id())).then().statusCode(403);
    }

    @Test
    void badFiltersAndBodiesAreProblemsNamingTheField() {
        Response r = search(Map.of("muscle", "wings"));
        assertEquals(400, r.statusCode());
        assertEquals("muscle", r.path("errors[0].field"));
        Response body = coach().body(Map.of("name", "", "primaryMuscles", List.of(), "equipment", "spoon", "pattern", "squat",
                "mechanics", "compound", "videoUrl", "javascript:alert(1)")).post(library(ws.id()));
        assertEquals(400, body.statusCode(), body.asString());
        List<String> fields = body.jsonPath().getList("errors.field");
        assertTrue(fields.containsAll(List.of("name", "primaryMuscles", "equipment", "videoUrl")), fields.toString());
    }

    @Test
    void aiDescriptionsAreOffByDefaultOnlyTheOwnerTurnsThemOnAndWithoutAProviderTheAnswerIsAClearProblem() {
        String settings = "/api/v1/workspaces/" + ws.id() + "/exercise-library/settings";
        JsonPath initial = TestServer.as(ws.coach().token()).get(settings).then().statusCode(200).extract().jsonPath();
        assertFalse(initial.getBoolean("aiDescriptions"));
        assertFalse(initial.getBoolean("aiAvailable"));
        assertNull(initial.get("aiProvider"));
        TestServer.as(ws.coach().token()).contentType(ContentType.JSON).body(Map.of("aiDescriptions", true)).put(settings).then().statusCode(403);
        TestServer.as(ws.owner().token()).contentType(ContentType.JSON).body(Map.of("aiDescriptions", true)).put(settings)
                .then().statusCode(200).body("aiDescriptions", org.hamcrest.Matchers.equalTo(true));
        Response draft = TestServer.as(ws.coach().token()).post(library(ws.id()) + "/" + BACK_SQUAT + "/description-suggestion");
        assertEquals(409, draft.statusCode(), draft.asString());
        assertTrue(draft.contentType().startsWith("application/problem+json"));
        assertTrue(draft.<String>path("type").endsWith("ai-descriptions-not-configured"), draft.asString());
        List<String> kinds = TestServer.as(ws.owner().token()).queryParam("kind", "exercise_library").get("/api/v1/workspaces/" + ws.id() + "/audit-events")
                .then().statusCode(200).extract().jsonPath().getList("items.kind");
        assertTrue(kinds.contains("exercise_library.ai_descriptions_changed"), kinds.toString());
    }
}
