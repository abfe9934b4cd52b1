package com.coachkeep.workspace.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MembershipTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private final WorkspaceId workspace = WorkspaceId.newId();

    private Membership member(Role role) {
        return Membership.grant(workspace, PersonId.newId(), role, NOW);
    }

    @Test
    void coachCanBecomeAssistantAndBack() {
        Membership m = member(Role.COACH);

        m.changeRole(Role.ASSISTANT);
        assertEquals(Role.ASSISTANT, m.role());

        m.changeRole(Role.COACH);
        assertEquals(Role.COACH, m.role());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"COACH", "ASSISTANT", "CLIENT"})
    void ownerCannotBeReRoled(Role newRole) {
        Membership owner = member(Role.OWNER);

        MembershipRuleException e = assertThrows(MembershipRuleException.class, () -> owner.changeRole(newRole));

        assertEquals("owner-role-fixed", e.code());
        assertEquals(Role.OWNER, owner.role());
    }

    @Test
    void nobodyIsPromotedToOwner() {
        Membership coach = member(Role.COACH);

        MembershipRuleException e = assertThrows(MembershipRuleException.class, () -> coach.changeRole(Role.OWNER));

        assertEquals("owner-role-fixed", e.code());
        assertEquals(Role.COACH, coach.role());
    }

    @Test
    void staffMemberCannotBecomeAClient() {
        Membership coach = member(Role.COACH);

        MembershipRuleException e = assertThrows(MembershipRuleException.class, () -> coach.changeRole(Role.CLIENT));

        assertEquals("not-a-staff-role", e.code());
        assertEquals(Role.COACH, coach.role());
    }

    @Test
    void clientCannotBecomeStaff() {
        Membership client = member(Role.CLIENT);

        MembershipRuleException e = assertThrows(MembershipRuleException.class, () -> client.changeRole(Role.COACH));

        assertEquals("not-a-staff-role", e.code());
        assertEquals(Role.CLIENT, client.role());
    }

    @Test
    void removingEndsTheMembershipAtThatMoment() {
        Membership coach = member(Role.COACH);
        Instant later = NOW.plusSeconds(3600);

        coach.remove(later);

        assertFalse(coach.isActive());
        assertEquals(Membership.Status.REMOVED, coach.status());
        assertEquals(later, coach.removedAt());
    }

    @Test
    void ownerCannotBeRemoved() {
        Membership owner = member(Role.OWNER);

        MembershipRuleException e = assertThrows(MembershipRuleException.class, () -> owner.remove(NOW));

        assertEquals("owner-cannot-be-removed", e.code());
        assertEquals(Membership.Status.ACTIVE, owner.status());
        assertNull(owner.removedAt());
    }

    @Test
    void removedMembershipCannotChangeRole() {
        Membership coach = member(Role.COACH);
        coach.remove(NOW);

        MembershipRuleException e = assertThrows(MembershipRuleException.class, () -> coach.changeRole(Role.ASSISTANT));

        assertEquals("membership-removed", e.code());
        assertEquals(Role.COACH, coach.role());
    }

    @Test
    void removedMembershipCannotBeRemovedAgain() {
        Membership coach = member(Role.COACH);
        coach.remove(NOW);

        MembershipRuleException e = assertThrows(MembershipRuleException.class, () -> coach.remove(NOW.plusSeconds(5)));

        assertEquals("membership-removed", e.code());
        assertEquals(NOW, coach.removedAt());
    }

    @Test
    void clientMembershipCanBeRemoved() {
        Membership client = member(Role.CLIENT);

        client.remove(NOW);

        assertFalse(client.isActive());
    }

    @Test
    void staffMemberCanBeGivenACustomRoleAndLaterABuiltInOneAgain() {
        Membership m = member(Role.ASSISTANT);
        CustomRoleId frontDesk = CustomRoleId.newId();

        m.assignCustomRole(frontDesk);
        assertEquals(Role.CUSTOM, m.role());
        assertEquals(frontDesk, m.customRoleId());

        m.changeRole(Role.COACH);

        assertEquals(Role.COACH, m.role());
        assertNull(m.customRoleId());
    }

    @Test
    void neitherTheOwnerNorAClientIsGivenACustomRole() {
        Membership owner = member(Role.OWNER);
        Membership client = member(Role.CLIENT);

        assertEquals("owner-role-fixed",
                assertThrows(MembershipRuleException.class, () -> owner.assignCustomRole(CustomRoleId.newId())).code());
        assertEquals("not-a-staff-role",
                assertThrows(MembershipRuleException.class, () -> client.assignCustomRole(CustomRoleId.newId())).code());
        assertEquals(Role.OWNER, owner.role());
        assertEquals(Role.CLIENT, client.role());
    }

    @Test
    void theCustomRoleIsNotGivenWithoutNamingWhichOne() {
        Membership coach = member(Role.COACH);

        assertThrows(MembershipRuleException.class, () -> coach.changeRole(Role.CUSTOM));
        assertThrows(IllegalArgumentException.class, () -> new Membership(coach.id(), workspace, coach.personId(),
                Role.CUSTOM, null, Membership.Status.ACTIVE, NOW, null));
        assertThrows(IllegalArgumentException.class, () -> new Membership(coach.id(), workspace, coach.personId(),
                Role.COACH, CustomRoleId.newId(), Membership.Status.ACTIVE, NOW, null));
    }

    @Test
    void aRemovedCustomMemberMayHaveLostTheirDeletedRole() {
        Membership removed = new Membership(MembershipId.newId(), workspace, PersonId.newId(), Role.CUSTOM, null,
                Membership.Status.REMOVED, NOW, NOW.plusSeconds(60));

        assertFalse(removed.isActive());
        assertNull(removed.customRoleId());
    }
}
