package com.coachkeep.workspace.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CustomRoleTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private final WorkspaceId workspace = WorkspaceId.newId();

    @Test
    void aRoleIsDefinedWithANameAndStaffPermissions() {
        CustomRole role = CustomRole.define(workspace, "  Front desk ", Set.of(Permission.CLIENTS_READ_ASSIGNED,
                Permission.MESSAGES_READ_ASSIGNED), NOW);

        assertEquals("Front desk", role.name());
        assertEquals(Set.of(Permission.CLIENTS_READ_ASSIGNED, Permission.MESSAGES_READ_ASSIGNED), role.permissions());
        assertEquals(workspace, role.workspaceId());
        assertEquals(CustomRole.FIRST_VERSION, role.version());
        assertEquals(NOW, role.createdAt());
        assertEquals(NOW, role.updatedAt());
    }

    @ParameterizedTest
    @EnumSource(value = Permission.class, names = {"WORKSPACE_MANAGE", "WORKSPACE_EXPORT", "WORKSPACE_DELETE",
            "STAFF_MANAGE", "ROLES_MANAGE", "BILLING_MANAGE", "SELF_READ", "SELF_WRITE", "SELF_MESSAGES", "SELF_EXPORT",
            "SELF_DELETE", "SELF_PHOTOS"})
    void ownerAndClientPermissionsCannotBeGranted(Permission reserved) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CustomRole.define(workspace, "Deputy", Set.of(Permission.STAFF_READ, reserved), NOW));

        assertTrue(e.getMessage().contains(reserved.wireName()), e.getMessage());
    }

    @Test
    void everyStaffPermissionCanBeGranted() {
        Set<Permission> staff = EnumSet.noneOf(Permission.class);
        for (Permission p : Permission.values()) {
            if (p.kind() == Permission.Kind.STAFF) {
                staff.add(p);
            }
        }

        assertEquals(staff, CustomRole.define(workspace, "Head coach", staff, NOW).permissions());
    }

    @Test
    void aRoleGrantsAtLeastOnePermission() {
        assertThrows(IllegalArgumentException.class, () -> CustomRole.define(workspace, "Nothing", Set.of(), NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Two\nlines", "coach", "Owner", " ASSISTANT ", "client", "custom"})
    void aNameIsOneNonBlankLineAndNotABuiltInRolesName(String name) {
        assertThrows(IllegalArgumentException.class,
                () -> CustomRole.define(workspace, name, Set.of(Permission.STAFF_READ), NOW));
    }

    @Test
    void aNameHasAtMostSixtyCharacters() {
        assertEquals(60, CustomRole.define(workspace, "n".repeat(60), Set.of(Permission.STAFF_READ), NOW).name().length());
        assertThrows(IllegalArgumentException.class,
                () -> CustomRole.define(workspace, "n".repeat(61), Set.of(Permission.STAFF_READ), NOW));
    }

    @Test
    void renamingAndRegrantingTouchTheUpdateTime() {
        CustomRole role = CustomRole.define(workspace, "Front desk", Set.of(Permission.STAFF_READ), NOW);
        Instant later = NOW.plusSeconds(60);

        role.rename("Reception", later);
        role.grant(Set.of(Permission.PROGRAMS_READ, Permission.BILLING_READ), later);

        assertEquals("Reception", role.name());
        assertEquals(Set.of(Permission.PROGRAMS_READ, Permission.BILLING_READ), role.permissions());
        assertEquals(later, role.updatedAt());
        assertEquals(NOW, role.createdAt());
    }

    @Test
    void regrantingFollowsTheSameRules() {
        CustomRole role = CustomRole.define(workspace, "Front desk", Set.of(Permission.STAFF_READ), NOW);

        assertThrows(IllegalArgumentException.class, () -> role.grant(Set.of(Permission.ROLES_MANAGE), NOW));
        assertThrows(IllegalArgumentException.class, () -> role.grant(Set.of(), NOW));
        assertThrows(IllegalArgumentException.class, () -> role.rename("owner", NOW));
        assertEquals(Set.of(Permission.STAFF_READ), role.permissions());
        assertEquals("Front desk", role.name());
    }

    @Test
    void aStoredRoleNeverGrantsAPermissionThatIsNoLongerGrantable() {
        CustomRole stored = new CustomRole(CustomRoleId.newId(), workspace, "Old", Set.of(Permission.STAFF_READ,
                Permission.WORKSPACE_DELETE), NOW, NOW, 4);

        assertEquals(Set.of(Permission.STAFF_READ), stored.permissions());
    }

    @Test
    void namesCompareWithoutRegardToCase() {
        CustomRole role = CustomRole.define(workspace, "Front Desk", Set.of(Permission.STAFF_READ), NOW);

        assertTrue(role.isCalled(" front desk "));
        assertFalse(role.isCalled("Front desks"));
    }
}
