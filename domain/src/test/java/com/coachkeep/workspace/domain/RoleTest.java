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
    void clientReachesOnlyTheirOwnRecord() {
        assertEquals(Set.of(Permission.WORKSPACE_READ, Permission.SELF_READ), Role.CLIENT.permissions());
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
