package com.coachkeep.workspace.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorkspaceTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final WorkspaceSettings SETTINGS = WorkspaceSettings.parse("Iron Temple", "Europe/Berlin", "EUR",
            "de-DE", null, null);

    @Test
    void founderBecomesTheActiveOwnerOfTheNewWorkspace() {
        PersonId founder = PersonId.newId();

        Workspace.Founded founded = Workspace.found(SETTINGS, founder, NOW);

        Membership owner = founded.ownerMembership();
        assertEquals(founded.workspace().id(), owner.workspaceId());
        assertEquals(founder, owner.personId());
        assertEquals(Role.OWNER, owner.role());
        assertTrue(owner.isActive());
        assertEquals(NOW, owner.createdAt());
        assertNull(owner.removedAt());
        assertEquals(founder, founded.workspace().ownerId());
    }

    @Test
    void newWorkspaceStartsAtVersionZeroWithItsSettings() {
        Workspace workspace = Workspace.found(SETTINGS, PersonId.newId(), NOW).workspace();

        assertEquals(1, workspace.version());
        assertSame(SETTINGS, workspace.settings());
        assertEquals(NOW, workspace.createdAt());
        assertEquals(NOW, workspace.updatedAt());
    }

    @Test
    void everyFoundingCreatesADistinctWorkspace() {
        PersonId founder = PersonId.newId();

        Workspace first = Workspace.found(SETTINGS, founder, NOW).workspace();
        Workspace second = Workspace.found(SETTINGS, founder, NOW).workspace();

        assertNotEquals(first.id(), second.id());
    }

    @Test
    void changingSettingsReplacesThemAndTouchesTheUpdateTime() {
        Workspace workspace = Workspace.found(SETTINGS, PersonId.newId(), NOW).workspace();
        WorkspaceSettings renamed = WorkspaceSettings.parse("Iron Temple Studio", "Europe/Berlin", "EUR", "de-DE", null,
                true);
        Instant later = NOW.plusSeconds(60);

        workspace.changeSettings(renamed, later);

        assertEquals("Iron Temple Studio", workspace.settings().name());
        assertTrue(workspace.settings().coachesSeeAllClients());
        assertEquals(later, workspace.updatedAt());
        assertEquals(NOW, workspace.createdAt());
    }

    @Test
    void staffMfaIsNotRequiredUntilTheOwnerTurnsItOn() {
        Workspace workspace = Workspace.found(SETTINGS, PersonId.newId(), NOW).workspace();

        assertFalse(workspace.staffMfaRequired());

        workspace.requireStaffMfa(true, true, NOW.plusSeconds(60));

        assertTrue(workspace.staffMfaRequired());
        assertEquals(NOW.plusSeconds(60), workspace.updatedAt());
    }

    @Test
    void requiringMfaFromASingleFactorSignInIsRefusedSoTheOwnerCannotLockThemselvesOut() {
        Workspace workspace = Workspace.found(SETTINGS, PersonId.newId(), NOW).workspace();

        WorkspaceRuleException e = assertThrows(WorkspaceRuleException.class,
                () -> workspace.requireStaffMfa(true, false, NOW.plusSeconds(60)));

        assertEquals("mfa-required", e.code());
        assertTrue(e.getMessage().contains("Sign in again with a second factor"), e.getMessage());
        assertFalse(workspace.staffMfaRequired());
        assertEquals(NOW, workspace.updatedAt());
    }

    @Test
    void turningTheRequirementOffNeedsNoSecondFactor() {
        Workspace workspace = new Workspace(WorkspaceId.newId(), SETTINGS, true, PersonId.newId(), NOW, NOW, 3);

        workspace.requireStaffMfa(false, false, NOW.plusSeconds(60));

        assertFalse(workspace.staffMfaRequired());
    }

    @Test
    void confirmingTheCurrentPolicyChangesNothing() {
        Workspace workspace = new Workspace(WorkspaceId.newId(), SETTINGS, true, PersonId.newId(), NOW, NOW, 3);

        workspace.requireStaffMfa(true, false, NOW.plusSeconds(60));

        assertTrue(workspace.staffMfaRequired());
        assertEquals(NOW, workspace.updatedAt());
    }
}
