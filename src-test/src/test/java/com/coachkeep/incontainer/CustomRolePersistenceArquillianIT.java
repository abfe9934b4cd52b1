package com.coachkeep.incontainer;

import static com.coachkeep.incontainer.Fixtures.now;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.application.port.out.CustomRoleRepository;
import com.coachkeep.workspace.application.port.out.MembershipRepository;
import com.coachkeep.workspace.application.port.out.WorkspaceRepository;
import com.coachkeep.workspace.domain.CustomRole;
import com.coachkeep.workspace.domain.Membership;
import com.coachkeep.workspace.domain.Person;
import com.coachkeep.workspace.domain.Role;
import com.coachkeep.workspace.domain.Workspace;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Custom roles and the memberships that hold them, and the workspace's MFA policy, on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
public class CustomRolePersistenceArquillianIT {

    @Deployment
    public static WebArchive deployment() {
        return TestDeployment.war("custom-role-persistence-it");
    }

    @Inject
    Fixtures fixtures;
    @Inject
    CustomRoleRepository roles;
    @Inject
    MembershipRepository memberships;
    @Inject
    WorkspaceRepository workspaces;

    private WorkspaceId workspace() {
        return Tx.call(() -> fixtures.workspace(fixtures.person("owner")).workspace().id());
    }

    @Test
    public void aRoleIsStoredWithEveryFieldAndSeenOnlyInItsWorkspace() {
        WorkspaceId mine = workspace();
        WorkspaceId other = workspace();
        CustomRole role = CustomRole.define(mine, "Front desk", Set.of(Permission.STAFF_READ, Permission.BILLING_READ), now());
        Tx.run(() -> roles.add(role));

        CustomRole found = Tx.call(() -> roles.findById(mine, role.id())).orElseThrow();
        assertEquals("Front desk", found.name());
        assertEquals(Set.of(Permission.STAFF_READ, Permission.BILLING_READ), found.permissions());
        assertEquals(role.createdAt(), found.createdAt());
        assertEquals(CustomRole.FIRST_VERSION, found.version());
        assertEquals("STAFF_READ,BILLING_READ", Db.in(mine).single("select permissions from custom_role where id = ?", role.id().value()));

        assertTrue(Tx.call(() -> roles.findById(other, role.id())).isEmpty());
        assertTrue(Tx.call(() -> roles.findAll(other)).isEmpty());
        assertTrue(Tx.call(() -> roles.findAllById(other, List.of(role.id()))).isEmpty());
        assertEquals(List.of(role.id()), Tx.call(() -> roles.findAllById(mine, List.of(role.id()))).stream().map(CustomRole::id).toList());
        Tx.run(() -> roles.delete(other, role.id()));
        assertTrue(Tx.call(() -> roles.findById(mine, role.id())).isPresent(), "another workspace cannot delete it");
    }

    @Test
    public void rolesAreListedByNameIgnoringCase() {
        WorkspaceId mine = workspace();
        for (String name : List.of("reception", "Head coach", "Assistant coach")) {
            Tx.run(() -> roles.add(CustomRole.define(mine, name, Set.of(Permission.STAFF_READ), now())));
        }

        assertEquals(List.of("Assistant coach", "Head coach", "reception"),
                Tx.call(() -> roles.findAll(mine)).stream().map(CustomRole::name).toList());
    }

    @Test
    public void anUpdateMovesTheVersionOnAndAStaleOneIsRefused() {
        WorkspaceId mine = workspace();
        CustomRole role = CustomRole.define(mine, "Front desk", Set.of(Permission.STAFF_READ), now());
        Tx.run(() -> roles.add(role));
        CustomRole loaded = Tx.call(() -> roles.findById(mine, role.id())).orElseThrow();
        CustomRole stale = Tx.call(() -> roles.findById(mine, role.id())).orElseThrow();

        loaded.grant(Set.of(Permission.PROGRAMS_READ), now());
        CustomRole stored = Tx.call(() -> roles.update(loaded));
        stale.rename("Lost", now());

        assertEquals(role.version() + 1, stored.version());
        assertThrows(StaleVersionException.class, () -> Tx.call(() -> roles.update(stale)));
        CustomRole reread = Tx.call(() -> roles.findById(mine, role.id())).orElseThrow();
        assertEquals("Front desk", reread.name());
        assertEquals(Set.of(Permission.PROGRAMS_READ), reread.permissions());
    }

    @Test
    public void holdersAreCountedAndARemovedHolderLosesTheRoleWhenItIsDeleted() {
        WorkspaceId mine = workspace();
        CustomRole role = CustomRole.define(mine, "Front desk", Set.of(Permission.STAFF_READ), now());
        Tx.run(() -> roles.add(role));
        Person person = Tx.call(() -> fixtures.person("desk"));
        Membership member = Tx.call(() -> fixtures.member(mine, person, Role.ASSISTANT, now()));
        member.assignCustomRole(role.id());
        Tx.run(() -> memberships.update(member));

        Membership reread = Tx.call(() -> memberships.findById(mine, member.id())).orElseThrow();
        assertEquals(Role.CUSTOM, reread.role());
        assertEquals(role.id(), reread.customRoleId());
        assertEquals(1, Tx.call(() -> memberships.countActiveWithCustomRole(mine, role.id())));

        reread.remove(now());
        Tx.run(() -> memberships.update(reread));
        assertEquals(0, Tx.call(() -> memberships.countActiveWithCustomRole(mine, role.id())));
        Tx.run(() -> roles.delete(mine, role.id()));

        Membership removed = Tx.call(() -> memberships.findById(mine, member.id())).orElseThrow();
        assertEquals(Role.CUSTOM, removed.role());
        assertNull(removed.customRoleId());
        assertTrue(Tx.call(() -> roles.findById(mine, role.id())).isEmpty());
    }

    @Test
    public void theStaffMfaPolicyIsStored() {
        WorkspaceId mine = workspace();
        Workspace w = Tx.call(() -> workspaces.findById(mine)).orElseThrow();
        w.requireStaffMfa(true, true, now());
        Tx.call(() -> workspaces.update(w));

        assertTrue(Tx.call(() -> workspaces.findById(mine)).orElseThrow().staffMfaRequired());
    }
}
