package com.coachkeep.workspace.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.application.Patch;
import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.testing.TestApplication;
import com.coachkeep.workspace.application.port.in.ChangeStaffRoleCommand;
import com.coachkeep.workspace.application.port.in.CreateCustomRoleCommand;
import com.coachkeep.workspace.application.port.in.RoleView;
import com.coachkeep.workspace.application.port.in.StaffMemberView;
import com.coachkeep.workspace.application.port.in.UpdateCustomRoleCommand;
import com.coachkeep.workspace.domain.CustomRole;
import com.coachkeep.workspace.domain.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class CustomRoleServiceTest {
    private final TestApplication app = TestApplication.create();
    private Actor owner;

    @BeforeEach
    void workspaceWithOwner() {
        owner = app.ownerOfNewWorkspace("Anna", "Iron Temple");
    }

    private RoleView define(String name, String... permissions) {
        return app.roles.createRole(owner, CreateCustomRoleCommand.of(name, List.of(permissions)));
    }

    private void give(Actor member, RoleView role) {
        app.staffMembers.changeRole(owner, ChangeStaffRoleCommand.of(member.membershipId(), "custom", role.id()));
    }

    private Actor again(String name) {
        return app.actor(app.signIn(name), owner.workspaceId());
    }

    @Test
    void theOwnerListsTheBuiltInRolesThenTheCustomOnesByName() {
        define("Reception", "clients_read_assigned");
        define("Front desk", "staff_read", "messages_read_assigned");

        List<RoleView> roles = app.roles.listRoles(owner);

        assertEquals(List.of("owner", "coach", "assistant", "client", "Front desk", "Reception"),
                roles.stream().map(RoleView::name).toList());
        assertTrue(roles.get(0).builtIn());
        assertFalse(roles.get(4).builtIn());
        assertEquals(List.of(Permission.STAFF_READ, Permission.MESSAGES_READ_ASSIGNED), roles.get(4).permissions());
        assertEquals(Role.COACH.permissions(), Set.copyOf(roles.get(1).permissions()));
    }

    @Test
    void aBuiltInRoleIsReadByNameAndACustomOneById() {
        RoleView desk = define("Front desk", "staff_read");

        assertEquals(Set.copyOf(Role.ASSISTANT.permissions()), Set.copyOf(app.roles.getRole(owner, "assistant").permissions()));
        assertEquals("Front desk", app.roles.getRole(owner, desk.id()).name());
        assertThrows(NotFoundException.class, () -> app.roles.getRole(owner, "superuser"));
        assertThrows(NotFoundException.class, () -> app.roles.getRole(owner, "00000000-0000-4000-8000-000000000000"));
    }

    @Test
    @Tag("promise:P-ROLE-1")
    void onlyTheOwnerManagesRoles() {
        Actor coach = app.joinAsStaff(owner, "Carl", Role.COACH);
        RoleView desk = define("Front desk", "staff_read");

        assertThrows(AccessDeniedException.class, () -> app.roles.listRoles(coach));
        assertThrows(AccessDeniedException.class, () -> app.roles.getRole(coach, desk.id()));
        assertThrows(AccessDeniedException.class,
                () -> app.roles.createRole(coach, CreateCustomRoleCommand.of("Mine", List.of("staff_read"))));
        assertThrows(AccessDeniedException.class, () -> app.roles.updateRole(coach,
                UpdateCustomRoleCommand.of(desk.id(), Patch.of("Hijacked"), Patch.absent(), null)));
        assertThrows(AccessDeniedException.class, () -> app.roles.deleteRole(coach, desk.id()));
    }

    @Test
    void ownerOnlyAndClientPermissionsAreRefusedNamingThem() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CreateCustomRoleCommand.of("Deputy",
                List.of("staff_read", "roles_manage", "billing_manage", "self_read")));

        assertEquals("permissions", e.violations().get(0).field());
        assertTrue(e.violations().get(0).message().contains("roles_manage, billing_manage, self_read"),
                e.violations().get(0).message());
    }

    @Test
    void everyInvalidFieldIsNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CreateCustomRoleCommand.of(" ", List.of("staff_read", "fly")));

        assertEquals(List.of("name", "permissions"), e.violations().stream().map(v -> v.field()).toList());
        assertThrows(InvalidInputException.class, () -> CreateCustomRoleCommand.of("Desk", List.of()));
        assertThrows(InvalidInputException.class, () -> CreateCustomRoleCommand.of("Desk", null));
    }

    @Test
    void namesAreUniqueInTheWorkspaceIgnoringCase() {
        RoleView desk = define("Front desk", "staff_read");
        RoleView other = define("Reception", "staff_read");

        ConflictException e = assertThrows(ConflictException.class, () -> define("FRONT DESK", "programs_read"));
        assertEquals("role-name-taken", e.code());
        assertThrows(ConflictException.class, () -> app.roles.updateRole(owner,
                UpdateCustomRoleCommand.of(other.id(), Patch.of("front desk"), Patch.absent(), null)));
        // Renaming a role to its own name with another case is fine.
        assertEquals("Front Desk", app.roles.updateRole(owner,
                UpdateCustomRoleCommand.of(desk.id(), Patch.of("Front Desk"), Patch.absent(), null)).name());
        // Another workspace may use the same name.
        Actor otherOwner = app.ownerOfNewWorkspace("Bea", "Other Gym");
        app.roles.createRole(otherOwner, CreateCustomRoleCommand.of("Front desk", List.of("staff_read")));
    }

    @Test
    void aWorkspaceHasAtMostFiftyCustomRoles() {
        for (int i = 0; i < CustomRole.MAX_PER_WORKSPACE; i++) {
            define("Role " + i, "staff_read");
        }

        assertEquals("too-many-roles", assertThrows(ConflictException.class, () -> define("One more", "staff_read")).code());
    }

    @Test
    void updatesHonourTheVersionReadAndMoveItOn() {
        RoleView desk = define("Front desk", "staff_read");

        RoleView changed = app.roles.updateRole(owner, UpdateCustomRoleCommand.of(desk.id(), Patch.absent(),
                Patch.of(List.of("programs_read", "billing_read")), desk.version()));

        assertEquals(desk.version() + 1, changed.version());
        assertEquals(List.of(Permission.PROGRAMS_READ, Permission.BILLING_READ), changed.permissions());
        assertThrows(StaleVersionException.class, () -> app.roles.updateRole(owner,
                UpdateCustomRoleCommand.of(desk.id(), Patch.of("Late"), Patch.absent(), desk.version())));
        assertEquals("Front desk", app.roles.getRole(owner, desk.id()).name());
    }

    @Test
    void builtInRolesAreNeitherChangedNorDeleted() {
        assertEquals("built-in-role-fixed", assertThrows(ConflictException.class, () -> app.roles.updateRole(owner,
                UpdateCustomRoleCommand.of("coach", Patch.of("Boss"), Patch.absent(), null))).code());
        assertEquals("built-in-role-fixed", assertThrows(ConflictException.class,
                () -> app.roles.deleteRole(owner, "assistant")).code());
    }

    @Test
    @Tag("promise:P-ROLE-1")
    void aCustomRoleGrantsExactlyItsPermissionsAndAChangeAppliesOnTheNextRequest() {
        Actor assistant = app.joinAsStaff(owner, "Ada", Role.ASSISTANT);
        RoleView desk = define("Front desk", "staff_read", "clients_read_all");
        give(assistant, desk);

        Actor ada = again("Ada");
        assertEquals("custom", ada.roleName());
        assertTrue(ada.staff());
        assertEquals(Set.of(Permission.STAFF_READ, Permission.CLIENTS_READ_ALL), ada.permissions());

        app.roles.updateRole(owner, UpdateCustomRoleCommand.of(desk.id(), Patch.absent(), Patch.of(List.of("staff_read")), null));

        assertEquals(Set.of(Permission.STAFF_READ), again("Ada").permissions());
    }

    @Test
    void aCustomRoleWithClientReadingSeesTheRoster() {
        Actor assistant = app.joinAsStaff(owner, "Ada", Role.ASSISTANT);
        app.addClient(owner, "Cleo", null);
        give(assistant, define("Head coach", "clients_read_all", "client_notes_read"));

        Actor ada = again("Ada");
        assertEquals(1, app.roster.list(ada, com.coachkeep.roster.application.port.in.ListClientsQuery.of(null, null,
                PageRequest.first(25))).items().size());
    }

    @Test
    void aCustomRoleMemberCanBeAssignedClientsAndReadsOnlyThose() {
        Actor assistant = app.joinAsStaff(owner, "Ada", Role.ASSISTANT);
        give(assistant, define("Front desk", "clients_read_assigned"));
        var mine = app.addClient(owner, "Cleo", assistant.membershipId());
        var other = app.addClient(owner, "Dora", null);

        Actor ada = again("Ada");
        assertEquals(mine.id(), app.roster.get(ada, mine.id()).id());
        assertThrows(NotFoundException.class, () -> app.roster.get(ada, other.id()));
    }

    @Test
    void theStaffListShowsTheCustomRolesName() {
        Actor assistant = app.joinAsStaff(owner, "Ada", Role.ASSISTANT);
        RoleView desk = define("Front desk", "staff_read");

        StaffMemberView changed = app.staffMembers.changeRole(owner,
                ChangeStaffRoleCommand.of(assistant.membershipId(), "custom", desk.id()));
        assertEquals("custom", changed.role());
        assertEquals("Front desk", changed.customRoleName());

        StaffMemberView listed = app.staffMembers.listStaff(owner, PageRequest.first(25)).items().stream()
                .filter(m -> m.membershipId().equals(assistant.membershipId())).findFirst().orElseThrow();
        assertEquals("custom", listed.role());
        assertEquals(desk.id(), listed.customRoleId().toString());
        assertEquals("Front desk", listed.customRoleName());

        StaffMemberView back = app.staffMembers.changeRole(owner, ChangeStaffRoleCommand.of(assistant.membershipId(), "coach"));
        assertEquals("coach", back.role());
        assertNull(back.customRoleId());
    }

    @Test
    void aRoleOfAnotherWorkspaceCannotBeGivenAndAnswersLikeAMissingOne() {
        Actor assistant = app.joinAsStaff(owner, "Ada", Role.ASSISTANT);
        Actor otherOwner = app.ownerOfNewWorkspace("Bea", "Other Gym");
        RoleView foreign = app.roles.createRole(otherOwner, CreateCustomRoleCommand.of("Theirs", List.of("clients_read_all")));

        InvalidInputException foreignError = assertThrows(InvalidInputException.class, () -> give(assistant, foreign));
        InvalidInputException missingError = assertThrows(InvalidInputException.class, () -> app.staffMembers.changeRole(owner,
                ChangeStaffRoleCommand.of(assistant.membershipId(), "custom", "00000000-0000-4000-8000-000000000000")));

        assertEquals(missingError.violations(), foreignError.violations());
        assertEquals("customRoleId", foreignError.violations().get(0).field());
        assertEquals("assistant", again("Ada").roleName());
        assertThrows(NotFoundException.class, () -> app.roles.getRole(owner, foreign.id()));
        assertThrows(NotFoundException.class, () -> app.roles.deleteRole(owner, foreign.id()));
    }

    @Test
    void customRoleNeedsItsIdAndOnlyThen() {
        Actor assistant = app.joinAsStaff(owner, "Ada", Role.ASSISTANT);

        assertEquals("customRoleId", assertThrows(InvalidInputException.class,
                () -> ChangeStaffRoleCommand.of(assistant.membershipId(), "custom", null)).violations().get(0).field());
        assertEquals("customRoleId", assertThrows(InvalidInputException.class,
                () -> ChangeStaffRoleCommand.of(assistant.membershipId(), "coach", "00000000-0000-4000-8000-000000000000"))
                .violations().get(0).field());
        assertEquals("customRoleId", assertThrows(InvalidInputException.class,
                () -> ChangeStaffRoleCommand.of(assistant.membershipId(), "custom", "not-an-id")).violations().get(0).field());
    }

    @Test
    void aRoleStillHeldCannotBeDeletedAndAFreeOneCan() {
        Actor assistant = app.joinAsStaff(owner, "Ada", Role.ASSISTANT);
        RoleView desk = define("Front desk", "staff_read");
        give(assistant, desk);

        assertEquals("role-in-use", assertThrows(ConflictException.class, () -> app.roles.deleteRole(owner, desk.id())).code());

        app.staffMembers.remove(owner, assistant.membershipId());
        app.roles.deleteRole(owner, desk.id());

        assertThrows(NotFoundException.class, () -> app.roles.getRole(owner, desk.id()));
        assertEquals(4, app.roles.listRoles(owner).size());
    }

    @Test
    void aCustomMemberOfADeletedRoleWouldHoldNothing() {
        Actor assistant = app.joinAsStaff(owner, "Ada", Role.ASSISTANT);
        RoleView desk = define("Front desk", "staff_read");
        give(assistant, desk);
        // Bypass the use case: even if the role vanished, the member is not granted anything by default.
        app.customRoles.delete(owner.workspaceId(), com.coachkeep.workspace.domain.CustomRoleId.parse(desk.id()));

        assertTrue(again("Ada").permissions().isEmpty());
        assertThrows(AccessDeniedException.class, () -> app.staffMembers.listStaff(again("Ada"), PageRequest.first(25)));
        assertThrows(NotFoundException.class, () -> app.roster.get(again("Ada"), ClientId.newId()));
    }
}
