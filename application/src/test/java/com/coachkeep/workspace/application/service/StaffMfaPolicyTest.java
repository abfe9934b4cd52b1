package com.coachkeep.workspace.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.MultiFactorRequiredException;
import com.coachkeep.shared.application.Patch;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.testing.TestApplication;
import com.coachkeep.workspace.application.port.in.UpdateWorkspaceCommand;
import com.coachkeep.workspace.application.port.in.WorkspaceView;
import com.coachkeep.workspace.domain.Role;
import com.coachkeep.workspace.domain.WorkspaceRuleException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("promise:P-AUTH-3")
class StaffMfaPolicyTest {
    private final TestApplication app = TestApplication.create();
    private WorkspaceId workspace;
    private Actor owner;

    @BeforeEach
    void workspaceWithStaffAndClient() {
        owner = app.ownerOfNewWorkspace("Anna", "Iron Temple");
        workspace = owner.workspaceId();
        app.joinAsStaff(owner, "Carl", Role.COACH);
        app.joinAsClient(owner, "Cleo", null);
    }

    private static UpdateWorkspaceCommand requireMfa(boolean required) {
        return new UpdateWorkspaceCommand(Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.of(required), null);
    }

    private WorkspaceView requireWithSecondFactor(boolean required) {
        Actor strongOwner = app.actor(app.signInWithMultiFactor("Anna"), workspace);
        return app.workspaceService.update(strongOwner, requireMfa(required));
    }

    @Test
    void theOwnerCannotRequireMfaFromASingleFactorSignIn() {
        WorkspaceRuleException e = assertThrows(WorkspaceRuleException.class,
                () -> app.workspaceService.update(owner, requireMfa(true)));

        assertEquals("mfa-required", e.code());
        assertFalse(app.workspaceService.get(owner).staffMfaRequired());
    }

    @Test
    void whenRequiredStaffWithoutASecondFactorAreRefusedAndClientsAreNot() {
        WorkspaceView v = requireWithSecondFactor(true);
        assertTrue(v.staffMfaRequired());

        assertThrows(MultiFactorRequiredException.class, () -> app.actor(app.signIn("Carl"), workspace));
        assertThrows(MultiFactorRequiredException.class, () -> app.actor(app.signIn("Anna"), workspace));
        assertEquals("coach", app.actor(app.signInWithMultiFactor("Carl"), workspace).roleName());
        assertEquals("client", app.actor(app.signIn("Cleo"), workspace).roleName());
    }

    @Test
    void turningTheRequirementOffRestoresSingleFactorAccess() {
        requireWithSecondFactor(true);

        requireWithSecondFactor(false);

        assertEquals("coach", app.actor(app.signIn("Carl"), workspace).roleName());
    }

    @Test
    void otherSettingsChangeWithoutASecondFactorAndLeaveThePolicyAlone() {
        WorkspaceView v = app.workspaceService.update(owner, new UpdateWorkspaceCommand(Patch.of("Iron Temple II"),
                Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), null));

        assertEquals("Iron Temple II", v.name());
        assertFalse(v.staffMfaRequired());
    }

    @Test
    void theActorCarriesWhetherTheSignInWasMultiFactor() {
        assertFalse(owner.multiFactor());
        assertTrue(app.actor(app.signInWithMultiFactor("Anna"), workspace).multiFactor());
    }
}
