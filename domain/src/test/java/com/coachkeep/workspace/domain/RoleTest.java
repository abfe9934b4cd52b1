package com.coachkeep.workspace.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.domain.Permission;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTest {
    private static final Set<Role> STAFF_ROLES = Set.of(Role.COACH, Role.ASSISTANT);

    @Test
    void roleNamesParseWithoutRegardToCaseOrSurroundingSpace() {
        assertEquals(Role.COACH, Role.parse(" Coach ", STAFF_ROLES));
        assertEquals(Role.ASSISTANT, Role.parse("ASSISTANT", STAFF_ROLES));
    }

    @Test
    void roleOutsideTheAllowedOnesIsRejectedNamingTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Role.parse("owner", STAFF_ROLES));

        assertEquals("must be one of [assistant, coach]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Role.parse(null, STAFF_ROLES));
    }

    @Test
    void onlyClientIsNotStaff() {
        assertTrue(Role.OWNER.isStaff());
        assertTrue(Role.COACH.isStaff());
        assertTrue(Role.ASSISTANT.isStaff());
        assertFalse(Role.CLIENT.isStaff());
    }

    @Test
    void clientReachesOnlyTheirOwnData() {
        Set<Permission> p = Role.CLIENT.permissions();

        assertTrue(p.contains(Permission.WORKSPACE_READ));
        for (Permission permission : p) {
            assertTrue(permission == Permission.WORKSPACE_READ || permission.kind() == Permission.Kind.SELF, permission.name());
        }
        assertTrue(p.containsAll(Set.of(Permission.SELF_READ, Permission.SELF_WRITE, Permission.SELF_MESSAGES,
                Permission.SELF_EXPORT, Permission.SELF_DELETE)));
    }

    @Test
    void onlyTheOwnerManagesTheWorkspaceAndStaffAndReadsAllClients() {
        for (Role role : Role.values()) {
            boolean owner = role == Role.OWNER;
            assertEquals(owner, role.permissions().contains(Permission.WORKSPACE_MANAGE), role.name());
            assertEquals(owner, role.permissions().contains(Permission.STAFF_MANAGE), role.name());
            assertEquals(owner, role.permissions().contains(Permission.CLIENTS_READ_ALL), role.name());
        }
    }

    @Test
    void theOwnerHoldsEveryStaffAndOwnerPermissionAndNoClientOne() {
        for (Permission p : Permission.values()) {
            assertEquals(p.kind() != Permission.Kind.SELF, Role.OWNER.permissions().contains(p), p.name());
        }
    }

    @Test
    void onlyTheOwnerHoldsOwnerPermissionsAndNoStaffRoleHoldsAClientOne() {
        for (Role role : Role.values()) {
            for (Permission p : role.permissions()) {
                if (p.kind() == Permission.Kind.OWNER) {
                    assertEquals(Role.OWNER, role, p.name());
                }
                if (p.kind() == Permission.Kind.SELF) {
                    assertEquals(Role.CLIENT, role, p.name());
                }
            }
        }
    }

    @Test
    void coachDoesTheCoachingWorkButNeitherBillingNorStaff() {
        Set<Permission> p = Role.COACH.permissions();

        assertTrue(p.containsAll(Set.of(Permission.PROGRAMS_MANAGE, Permission.CHECKIN_FORMS_MANAGE,
                Permission.CHECKINS_READ_ASSIGNED, Permission.MESSAGES_READ_ASSIGNED, Permission.MESSAGES_SEND,
                Permission.NUTRITION_MANAGE, Permission.CLIENT_NOTES_WRITE)));
        assertFalse(p.contains(Permission.BILLING_READ));
        assertFalse(p.contains(Permission.ROLES_MANAGE));
        assertFalse(p.contains(Permission.AUDIT_READ));
    }

    @Test
    void assistantReadsWhatIsAssignedAndProgramsButNeverBilling() {
        Set<Permission> p = Role.ASSISTANT.permissions();

        assertTrue(p.containsAll(Set.of(Permission.CLIENTS_READ_ASSIGNED, Permission.PROGRAMS_READ,
                Permission.CHECKINS_READ_ASSIGNED, Permission.MESSAGES_READ_ASSIGNED)));
        assertFalse(p.contains(Permission.BILLING_READ));
        assertFalse(p.contains(Permission.BILLING_MANAGE));
        assertFalse(p.contains(Permission.MESSAGES_SEND));
        assertFalse(p.contains(Permission.PROGRAMS_MANAGE));
    }

    @Test
    void theCustomRoleGrantsNothingByItself() {
        assertTrue(Role.CUSTOM.permissions().isEmpty());
        assertTrue(Role.CUSTOM.isStaff());
        assertFalse(Role.BUILT_IN.contains(Role.CUSTOM));
    }

    @Test
    void assistantNeitherManagesClientsNorReadsNotes() {
        Set<Permission> p = Role.ASSISTANT.permissions();

        assertFalse(p.contains(Permission.CLIENTS_MANAGE));
        assertFalse(p.contains(Permission.CLIENT_NOTES_READ));
        assertFalse(p.contains(Permission.CLIENT_NOTES_WRITE));
        assertTrue(p.contains(Permission.CLIENTS_READ_ASSIGNED));
    }

    @Test
    void wireNameIsLowerCase() {
        assertEquals("assistant", Role.ASSISTANT.wireName());
    }
}
