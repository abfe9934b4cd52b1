package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.coachkeep.shared.domain.Permission;
import com.coachkeep.testing.Exports;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import com.coachkeep.testing.Workspaces.Member;
import com.coachkeep.testing.Workspaces.Populated;
import com.coachkeep.workspace.domain.Role;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A victim workspace A, full of real data, and everyone who must not reach it, built through the API (and, where no
 * operation exists, with SQL as support's console would write it): B's four members; A's own coach, assistant and
 * client; A's staff holding a custom role and a custom role with no permissions; a removed coach, a revoked client, a
 * deleted account, and the owner of a suspended workspace. Sweeps over the whole API (the isolation matrix, the
 * bad-input sweep) share it.
 */
public final class IsolationFixture {
    /** The custom role A's "front desk" member holds: reads every client and the staff list, nothing else. */
    public static final Set<Permission> CUSTOM_ROLE_PERMISSIONS = Set.copyOf(EnumSet.of(Permission.CLIENTS_READ_ALL, Permission.STAFF_READ));

    /** Where a caller stands towards workspace A. */
    public enum Standing {
        /** An active member of A, with the permissions of their role. */
        MEMBER,
        /** Signed in, with no active membership in A. */
        OUTSIDER,
        /** Their account was deleted: every token issued before refers to no one. */
        DELETED
    }

    /**
     * Someone calling A's operations.
     *
     * @param permissions  in A (empty unless a member)
     * @param membershipId in A, or null
     * @param ownClientId  the client record in A that is theirs, or null
     */
    public record Caller(String name, String token, Standing standing, Set<Permission> permissions, String membershipId,
            String ownClientId) {
        static Caller member(String name, Member m, Set<Permission> permissions, String ownClientId) {
            return new Caller(name, m.token(), Standing.MEMBER, Set.copyOf(permissions), m.membershipId(), ownClientId);
        }

        static Caller outsider(String name, Member m) {
            return new Caller(name, m.token(), Standing.OUTSIDER, Set.of(), null, null);
        }

        public boolean has(Permission p) {
            return permissions.contains(p);
        }
    }

    private final VictimWorkspace victim;
    public final String victimName;
    public final Populated a;
    public final Populated b;
    public final String pendingEmail;
    public final String pendingToken;
    public final String roleId;
    public final String emptyRoleId;
    public final String exportId;
    public final String grantId;
    public final String revokedClientId;
    public final String suspendedWorkspaceId;
    /** The secret of the newest download link of A's export (each read of a ready export by its requester issues a new one). */
    public volatile String downloadToken;
    public final List<Caller> callers;

    private IsolationFixture() throws Exception {
        // A's real resources behind every path parameter: the same victim workspace the bad-input test uses
        victim = VictimWorkspace.create("Matrix Victim " + UUID.randomUUID().toString().substring(0, 8));
        victimName = victim.name();
        a = victim.a();
        pendingEmail = victim.pendingEmail();
        pendingToken = victim.pendingToken();
        roleId = victim.roleId();
        exportId = victim.exportId();
        grantId = victim.grantId();
        b = Workspaces.populated("Matrix Attacker");
        String owner = a.owner().token();
        Member frontDesk = withCustomRole(roleId);
        // A role with no permissions cannot be defined through the API; one whose stored permissions are all reserved to
        // the owner is loaded as exactly that (CustomRole keeps grantable permissions only), which is also how a role would
        // look after a permission it held became owner-only.
        emptyRoleId = createRole("Matrix nothing", List.of("programs_read"));
        Member nothing = withCustomRole(emptyRoleId);
        sql("update custom_role set permissions = 'ROLES_MANAGE,WORKSPACE_DELETE' where workspace_id = ?::uuid and id = '"
                + emptyRoleId + "'::uuid", a.id());
        Member removedCoach = Workspaces.addStaff(a.id(), owner, "coach");
        TestServer.as(owner).delete("/api/v1/workspaces/{w}/staff/{m}", a.id(), removedCoach.membershipId()).then().statusCode(204);
        Object[] revoked = Workspaces.addClient(a.id(), owner, a.coach().membershipId());
        revokedClientId = (String) revoked[1];
        TestServer.as(owner).delete("/api/v1/workspaces/{w}/clients/{c}/access", a.id(), revokedClientId).then().statusCode(200);
        Member deleted = Workspaces.addStaff(a.id(), owner, "assistant");
        Response gone = TestServer.as(deleted.token()).contentType(ContentType.JSON).body(Map.of("confirm", true)).delete("/api/v1/me");
        assertEquals(200, gone.statusCode(), gone.asString());
        Member suspendedOwner = Workspaces.signedIn("suspended-owner");
        suspendedWorkspaceId = Workspaces.create(suspendedOwner.token(), "Matrix suspended");
        sql("update workspace set suspended_at = now() where id = ?::uuid", suspendedWorkspaceId);
        downloadToken = tokenOf(Exports.awaitReady(a.owner().token(), a.id(), exportId).path("download.url"));

        List<Caller> all = new ArrayList<>();
        all.add(Caller.outsider("B's owner", b.owner()));
        all.add(Caller.outsider("B's coach", b.coach()));
        all.add(Caller.outsider("B's assistant", b.assistant()));
        all.add(Caller.outsider("B's client", b.client()));
        all.add(Caller.member("A's coach", a.coach(), Role.COACH.permissions(), null));
        all.add(Caller.member("A's assistant", a.assistant(), Role.ASSISTANT.permissions(), null));
        all.add(Caller.member("A's client", a.client(), Role.CLIENT.permissions(), a.clientId()));
        all.add(Caller.member("A's front desk (custom role)", frontDesk, CUSTOM_ROLE_PERMISSIONS, null));
        all.add(Caller.member("A's custom role with no permissions", nothing, Set.of(), null));
        all.add(Caller.outsider("A's removed coach", removedCoach));
        all.add(Caller.outsider("A's revoked client", (Member) revoked[0]));
        all.add(new Caller("A's deleted account", deleted.token(), Standing.DELETED, Set.of(), null, null));
        all.add(Caller.outsider("the owner of a suspended workspace", suspendedOwner));
        callers = List.copyOf(all);
    }

    /** Builds the fixture (a few seconds: two populated workspaces, an export, the special callers). */
    public static IsolationFixture build() throws Exception {
        return new IsolationFixture();
    }

    /** Real ids in workspace A, by path-parameter name. An operation with a new parameter needs its id here. */
    public Map<String, String> victimIds() {
        return victim.ids();
    }

    /** Real values of required query parameters, by name. */
    public Map<String, String> victimQuery() {
        return Map.of("token", downloadToken, "pose", "front", "takenOn", victim.photoDay(), "after", victim.photoDay());
    }

    /** The membership a client of A is assigned to, or null. */
    public String assignedMembership(String clientId) {
        return clientId.equals(a.clientId()) || clientId.equals(revokedClientId) ? a.coach().membershipId() : null;
    }

    private String createRole(String name, List<String> permissions) {
        return TestServer.as(a.owner().token()).contentType(ContentType.JSON).body(Map.of("name", name, "permissions", permissions))
                .post("/api/v1/workspaces/{w}/roles", a.id()).then().statusCode(201).extract().path("id");
    }

    private Member withCustomRole(String customRoleId) {
        Member m = Workspaces.addStaff(a.id(), a.owner().token(), "assistant");
        TestServer.as(a.owner().token()).contentType(ContentType.JSON).body(Map.of("role", "custom", "customRoleId", customRoleId))
                .patch("/api/v1/workspaces/{w}/staff/{m}", a.id(), m.membershipId()).then().statusCode(200);
        return m;
    }

    /** The {@code token} query parameter of a download link. */
    public static String tokenOf(String url) {
        var m = java.util.regex.Pattern.compile("[?&]token=([^&]+)").matcher(url);
        if (!m.find()) {
            throw new AssertionError("no token in " + url);
        }
        return m.group(1);
    }

    static void sql(String statement, String parameter) throws Exception {
        try (Connection c = DriverManager.getConnection(TestServer.DB_URL, "postgres", "");
                PreparedStatement s = c.prepareStatement(statement)) {
            s.setString(1, parameter);
            assertEquals(1, s.executeUpdate(), statement);
        }
    }
}
