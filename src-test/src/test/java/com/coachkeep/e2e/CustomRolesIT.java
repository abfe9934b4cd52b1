package com.coachkeep.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import com.coachkeep.testing.Workspaces.Member;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Custom roles: permission sets the owner defines, gives to staff, changes (effective at once) and deletes. */
@Tag("promise:P-ROLE-1")
class CustomRolesIT {
    private Member owner;
    private Member assistant;
    private String w;

    @BeforeEach
    void workspaceWithAnAssistantAndTwoClients() {
        owner = Workspaces.signedIn("owner");
        w = Workspaces.create(owner.token(), "Custom Roles Gym");
        assistant = Workspaces.addStaff(w, owner.token(), "assistant");
        Workspaces.addClient(w, owner.token(), null);
        Workspaces.addClient(w, owner.token(), null);
    }

    private Response define(String name, List<String> permissions) {
        return TestServer.as(owner.token()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "permissions", permissions))
                .post("/api/v1/workspaces/{w}/roles", w);
    }

    private void give(Member member, String roleId) {
        TestServer.as(owner.token()).contentType(ContentType.JSON).body(Map.of("role", "custom", "customRoleId", roleId))
                .patch("/api/v1/workspaces/{w}/staff/{m}", w, member.membershipId()).then().statusCode(200)
                .body("role", equalTo("custom")).body("customRoleId", equalTo(roleId));
    }

    @Test
    void theOwnerDefinesARoleAndListsItAfterTheBuiltInOnes() {
        Response created = define("Front desk", List.of("staff_read", "clients_read_all"));
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/workspaces/" + w + "/roles/"))
                .header("ETag", notNullValue())
                .body("name", equalTo("Front desk"))
                .body("builtIn", equalTo(false))
                .body("permissions", equalTo(List.of("staff_read", "clients_read_all")));
        String id = created.path("id");

        TestServer.as(owner.token()).get("/api/v1/workspaces/{w}/roles", w).then().statusCode(200)
                .body("items.id", equalTo(List.of("owner", "coach", "assistant", "client", id)))
                .body("items[0].permissions", hasItems("roles_manage", "billing_manage", "workspace_delete"))
                .body("items[2].permissions", hasItem("programs_read"))
                .body("nextCursor", nullValue());
        TestServer.as(owner.token()).get("/api/v1/workspaces/{w}/roles/{r}", w, id).then().statusCode(200)
                .header("ETag", equalTo(created.header("ETag"))).body("name", equalTo("Front desk"));
        TestServer.as(owner.token()).get("/api/v1/workspaces/{w}/roles/coach", w).then().statusCode(200)
                .body("builtIn", equalTo(true)).body("permissions", hasItem("messages_send"));
    }

    @Test
    void creatingIsIdempotentWithAKey() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "Nutritionist", "permissions", List.of("nutrition_manage"));
        Response first = TestServer.as(owner.token()).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/workspaces/{w}/roles", w);
        Response again = TestServer.as(owner.token()).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/workspaces/{w}/roles", w);

        assertEquals(201, first.statusCode());
        assertEquals(201, again.statusCode());
        assertEquals((String) first.path("id"), again.path("id"));
        assertEquals("true", again.header("Idempotent-Replayed"));
    }

    @Test
    void invalidRolesNameEachBadFieldAndReservedPermissionsAreRefused() {
        define(" ", List.of("staff_read", "teleport")).then().statusCode(400)
                .body("errors.field", equalTo(List.of("name", "permissions")));
        define("Deputy", List.of("staff_read", "roles_manage", "workspace_delete", "self_read")).then().statusCode(400)
                .body("errors[0].field", equalTo("permissions"))
                .body("errors[0].message", containsString("workspace_delete, roles_manage, self_read"));
        define("Coach", List.of("staff_read")).then().statusCode(400).body("errors[0].field", equalTo("name"));
        define("n".repeat(61), List.of("staff_read")).then().statusCode(400).body("errors[0].field", equalTo("name"));
        define("Empty", List.of()).then().statusCode(400).body("errors[0].field", equalTo("permissions"));
        define("Front desk", List.of("staff_read")).then().statusCode(201);
        define("FRONT DESK", List.of("staff_read")).then().statusCode(409)
                .body("type", equalTo("https://coachkeep.app/problems/role-name-taken"));
    }

    @Test
    void aHolderGetsTheRolesPermissionsAndAChangeAppliesOnTheirNextRequest() {
        String id = define("Head coach", List.of("staff_read", "clients_read_all")).then().statusCode(201).extract().path("id");
        // As an assistant, no client is assigned to them: the roster is empty.
        TestServer.as(assistant.token()).get("/api/v1/workspaces/{w}/clients", w).then().statusCode(200)
                .body("items.size()", equalTo(0));

        give(assistant, id);

        TestServer.as(assistant.token()).get("/api/v1/workspaces/{w}/clients", w).then().statusCode(200)
                .body("items.size()", equalTo(2));
        TestServer.as(owner.token()).get("/api/v1/workspaces/{w}/staff", w).then().statusCode(200)
                .body("items.find { it.membershipId == '" + assistant.membershipId() + "' }.customRoleName", equalTo("Head coach"))
                .body("items.find { it.membershipId == '" + assistant.membershipId() + "' }.role", equalTo("custom"));
        TestServer.as(assistant.token()).get("/api/v1/me").then().statusCode(200)
                .body("memberships.find { it.workspaceId == '" + w + "' }.role", equalTo("custom"));

        String etag = TestServer.as(owner.token()).get("/api/v1/workspaces/{w}/roles/{r}", w, id).header("ETag");
        TestServer.as(owner.token()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("permissions", List.of("staff_read")))
                .patch("/api/v1/workspaces/{w}/roles/{r}", w, id).then().statusCode(200)
                .header("ETag", notNullValue()).body("permissions", equalTo(List.of("staff_read")));

        TestServer.as(assistant.token()).get("/api/v1/workspaces/{w}/clients", w).then().statusCode(403)
                .body("type", equalTo("https://coachkeep.app/problems/forbidden"));
        TestServer.as(assistant.token()).get("/api/v1/workspaces/{w}/staff", w).then().statusCode(200);
    }

    @Test
    void aStaleChangeIsRefusedAndUnknownFieldsAreNamed() {
        Response created = define("Front desk", List.of("staff_read"));
        String id = created.path("id");
        TestServer.as(owner.token()).contentType(ContentType.JSON).body(Map.of("name", "Reception"))
                .patch("/api/v1/workspaces/{w}/roles/{r}", w, id).then().statusCode(200);

        TestServer.as(owner.token()).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(Map.of("name", "Lost")).patch("/api/v1/workspaces/{w}/roles/{r}", w, id).then().statusCode(412);
        TestServer.as(owner.token()).contentType(ContentType.JSON).body(Map.of("colour", "red", "permissions", "all"))
                .patch("/api/v1/workspaces/{w}/roles/{r}", w, id).then().statusCode(400)
                .body("errors.field", hasItems("colour", "permissions"));
        TestServer.as(owner.token()).get("/api/v1/workspaces/{w}/roles/{r}", w, id).then().body("name", equalTo("Reception"));
        TestServer.as(owner.token()).contentType(ContentType.JSON).body(Map.of("name", "Boss"))
                .patch("/api/v1/workspaces/{w}/roles/coach", w).then().statusCode(409)
                .body("type", equalTo("https://coachkeep.app/problems/built-in-role-fixed"));
    }

    @Test
    void aRoleHeldByStaffIsNotDeletedUntilNobodyHoldsIt() {
        String id = define("Front desk", List.of("staff_read")).path("id");
        give(assistant, id);

        TestServer.as(owner.token()).delete("/api/v1/workspaces/{w}/roles/{r}", w, id).then().statusCode(409)
                .body("type", equalTo("https://coachkeep.app/problems/role-in-use"));

        TestServer.as(owner.token()).contentType(ContentType.JSON).body(Map.of("role", "assistant"))
                .patch("/api/v1/workspaces/{w}/staff/{m}", w, assistant.membershipId()).then().statusCode(200)
                .body("role", equalTo("assistant")).body("customRoleId", nullValue());
        TestServer.as(owner.token()).delete("/api/v1/workspaces/{w}/roles/{r}", w, id).then().statusCode(204);
        TestServer.as(owner.token()).get("/api/v1/workspaces/{w}/roles/{r}", w, id).then().statusCode(404);
    }

    @Test
    void aRoleOfARemovedMemberCanBeDeleted() {
        String id = define("Temp", List.of("staff_read")).path("id");
        give(assistant, id);
        TestServer.as(owner.token()).delete("/api/v1/workspaces/{w}/staff/{m}", w, assistant.membershipId()).then().statusCode(204);

        TestServer.as(owner.token()).delete("/api/v1/workspaces/{w}/roles/{r}", w, id).then().statusCode(204);
        TestServer.as(assistant.token()).get("/api/v1/workspaces/{w}", w).then().statusCode(404);
    }

    @Test
    void aCustomRoleNeedsARoleOfThisWorkspace() {
        TestServer.as(owner.token()).contentType(ContentType.JSON).body(Map.of("role", "custom"))
                .patch("/api/v1/workspaces/{w}/staff/{m}", w, assistant.membershipId()).then().statusCode(400)
                .body("errors[0].field", equalTo("customRoleId"));
        TestServer.as(owner.token()).contentType(ContentType.JSON)
                .body(Map.of("role", "custom", "customRoleId", "00000000-0000-4000-8000-000000000000"))
                .patch("/api/v1/workspaces/{w}/staff/{m}", w, assistant.membershipId()).then().statusCode(400)
                .body("errors[0].field", equalTo("customRoleId"));
    }

    @Test
    void onlyTheOwnerManagesRoles() {
        String id = define("Front desk", List.of("staff_read")).path("id");
        Member coach = Workspaces.addStaff(w, owner.token(), "coach");

        TestServer.as(coach.token()).get("/api/v1/workspaces/{w}/roles", w).then().statusCode(403);
        TestServer.as(coach.token()).contentType(ContentType.JSON).body(Map.of("name", "Mine", "permissions", List.of("staff_read")))
                .post("/api/v1/workspaces/{w}/roles", w).then().statusCode(403);
        TestServer.as(coach.token()).contentType(ContentType.JSON).body(Map.of("permissions", List.of("clients_read_all")))
                .patch("/api/v1/workspaces/{w}/roles/{r}", w, id).then().statusCode(403);
        TestServer.as(assistant.token()).delete("/api/v1/workspaces/{w}/roles/{r}", w, id).then().statusCode(403);
        TestServer.as(owner.token()).get("/api/v1/workspaces/{w}/roles/{r}", w, id).then().statusCode(200)
                .body("permissions", equalTo(List.of("staff_read")));
    }
}
