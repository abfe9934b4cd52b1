package com.coachkeep.workspace.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.application.Patch;
import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.Violation;
import com.coachkeep.testing.TestApplication;
import com.coachkeep.workspace.application.port.in.CreateWorkspaceCommand;
import com.coachkeep.workspace.application.port.in.MeView;
import com.coachkeep.workspace.application.port.in.UpdateWorkspaceCommand;
import com.coachkeep.workspace.application.port.in.WorkspaceView;
import com.coachkeep.workspace.domain.Membership;
import com.coachkeep.workspace.domain.Role;
import com.coachkeep.workspace.domain.WorkspaceSettings;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WorkspaceServiceTest {
    private final TestApplication app = TestApplication.create();

    private static UpdateWorkspaceCommand nameOnly(String name, Long expectedVersion) {
        return new UpdateWorkspaceCommand(Patch.of(name), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                Patch.absent(), expectedVersion);
    }

    @Test
    void creatingAWorkspaceMakesTheCallerItsOwner() {
        Caller anna = app.signIn("Anna");

        WorkspaceView view = app.workspaceService.create(anna,
                CreateWorkspaceCommand.of("Iron Temple", "Europe/Berlin", "EUR", "de-DE", "#112233"));

        assertEquals(anna.personId(), view.ownerId());
        assertEquals("Iron Temple", view.name());
        assertEquals("Europe/Berlin", view.timezone());
        assertEquals("EUR", view.currency());
        assertEquals("de-DE", view.locale());
        assertEquals("#112233", view.brandColor());
        assertFalse(view.coachesSeeAllClients());
        assertEquals(1, view.version());
        Actor actor = app.actor(anna, view.id());
        assertEquals("owner", actor.roleName());
        assertTrue(actor.has(Permission.WORKSPACE_MANAGE));
        List<Membership> members = app.memberships.allOf(view.id());
        assertEquals(1, members.size());
        assertEquals(Role.OWNER, members.get(0).role());
    }

    @Test
    void creatingAWorkspaceWithInvalidSettingsNamesEveryBadField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CreateWorkspaceCommand.of("", "Nowhere/City", "EUR", "xx", null));

        assertEquals(Set.of("name", "timezone", "locale"),
                e.violations().stream().map(Violation::field).collect(Collectors.toSet()));
        assertEquals(0, app.workspaces.size());
    }

    @Test
    void everyMemberCanReadTheWorkspace() {
        Actor owner = app.ownerOfNewWorkspace("Anna", "Iron Temple");
        Actor assistant = app.joinAsStaff(owner, "Ada", Role.ASSISTANT);
        Actor client = app.joinAsClient(owner, "Ben", null);

        assertEquals("Iron Temple", app.workspaceService.get(assistant).name());
        assertEquals("Iron Temple", app.workspaceService.get(client).name());
    }

    @Test
    void ownerUpdatesTheWorkspaceAndTheVersionMovesOn() {
        Actor owner = app.ownerOfNewWorkspace("Anna", "Iron Temple");
        app.clock.advance(Duration.ofMinutes(5));

        WorkspaceView updated = app.workspaceService.update(owner, nameOnly("Iron Temple Studio", 1L));

        assertEquals("Iron Temple Studio", updated.name());
        assertEquals(2, updated.version());
        assertEquals(TestApplication.START.plus(Duration.ofMinutes(5)), updated.updatedAt());
        assertEquals(TestApplication.START, updated.createdAt());
        assertEquals("Iron Temple Studio", app.workspaceService.get(owner).name());
        assertEquals(2, app.workspaceService.get(owner).version());
    }

    @Test
    void coachCannotChangeTheWorkspace() {
        Actor owner = app.ownerOfNewWorkspace("Anna", "Iron Temple");
        Actor coach = app.joinAsStaff(owner, "Carl", Role.COACH);

        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> app.workspaceService.update(coach, nameOnly("Carl's Gym", null)));

        assertEquals(Permission.WORKSPACE_MANAGE, e.permission());
        assertEquals("Iron Temple", app.workspaceService.get(owner).name());
        assertEquals(1, app.workspaceService.get(owner).version());
    }

    @Test
    void clientCannotChangeTheWorkspace() {
        Actor owner = app.ownerOfNewWorkspace("Anna", "Iron Temple");
        Actor client = app.joinAsClient(owner, "Ben", null);

        assertThrows(AccessDeniedException.class, () -> app.workspaceService.update(client, nameOnly("Ben's", null)));
    }

    @Test
    void updateBasedOnAnOlderVersionIsRejectedAndChangesNothing() {
        Actor owner = app.ownerOfNewWorkspace("Anna", "Iron Temple");
        app.workspaceService.update(owner, nameOnly("First edit", 1L));

        StaleVersionException e = assertThrows(StaleVersionException.class,
                () -> app.workspaceService.update(owner, nameOnly("Second edit from an old page", 1L)));

        assertEquals(2, e.currentVersion());
        WorkspaceView stored = app.workspaceService.get(owner);
        assertEquals("First edit", stored.name());
        assertEquals(2, stored.version());
    }

    @Test
    void updateWithoutExpectedVersionIsApplied() {
        Actor owner = app.ownerOfNewWorkspace("Anna", "Iron Temple");
        app.workspaceService.update(owner, nameOnly("First edit", null));

        WorkspaceView second = app.workspaceService.update(owner, nameOnly("Second edit", null));

        assertEquals("Second edit", second.name());
        assertEquals(3, second.version());
    }

    @Test
    void partialUpdateKeepsEveryOtherField() {
        Caller anna = app.signIn("Anna");
        WorkspaceView created = app.workspaceService.create(anna,
                CreateWorkspaceCommand.of("Iron Temple", "America/Chicago", "USD", "en-US", "#ABCDEF"));
        Actor owner = app.actor(anna, created.id());

        WorkspaceView updated = app.workspaceService.update(owner, new UpdateWorkspaceCommand(Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.of(true), 1L));

        assertTrue(updated.coachesSeeAllClients());
        assertEquals("Iron Temple", updated.name());
        assertEquals("America/Chicago", updated.timezone());
        assertEquals("USD", updated.currency());
        assertEquals("en-US", updated.locale());
        assertEquals("#ABCDEF", updated.brandColor());
        assertEquals(created.ownerId(), updated.ownerId());
    }

    @Test
    void clearingTheBrandColourRestoresTheDefault() {
        Caller anna = app.signIn("Anna");
        WorkspaceView created = app.workspaceService.create(anna,
                CreateWorkspaceCommand.of("Iron Temple", "Europe/Berlin", "EUR", "en", "#ABCDEF"));
        Actor owner = app.actor(anna, created.id());

        WorkspaceView updated = app.workspaceService.update(owner, new UpdateWorkspaceCommand(Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.absent(), Patch.of(null), Patch.absent(), null));

        assertEquals(WorkspaceSettings.DEFAULT_BRAND_COLOR, updated.brandColor());
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsStored() {
        Actor owner = app.ownerOfNewWorkspace("Anna", "Iron Temple");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> app.workspaceService.update(owner,
                new UpdateWorkspaceCommand(Patch.of("  "), Patch.of("Europe/Atlantis"), Patch.of("EUR"), Patch.absent(),
                        Patch.of("blue"), Patch.absent(), 1L)));

        assertEquals(Set.of("name", "timezone", "brandColor"),
                e.violations().stream().map(Violation::field).collect(Collectors.toSet()));
        WorkspaceView stored = app.workspaceService.get(owner);
        assertEquals("Iron Temple", stored.name());
        assertEquals(1, stored.version());
    }

    @Test
    void meListsTheCallersActiveMembershipsOldestFirst() {
        Caller anna = app.signIn("Anna");
        WorkspaceView own = app.foundWorkspace(anna, "Iron Temple");
        app.clock.advance(Duration.ofHours(1));
        Actor otherOwner = app.ownerOfNewWorkspace("Olga", "Olga's Studio");
        app.clock.advance(Duration.ofHours(1));
        Actor annaAsCoach = app.joinAsStaff(otherOwner, "Anna", Role.COACH);
        app.clock.advance(Duration.ofHours(1));
        Actor thirdOwner = app.ownerOfNewWorkspace("Theo", "Theo's Box");
        Actor annaInThird = app.joinAsStaff(thirdOwner, "Anna", Role.ASSISTANT);
        app.staffMembers.remove(thirdOwner, annaInThird.membershipId());

        MeView me = app.workspaceService.me(anna);

        assertEquals(anna.personId(), me.id());
        assertEquals("anna@example.com", me.email());
        assertEquals(List.of(
                new MeView.MembershipSummary(app.actor(anna, own.id()).membershipId(), own.id(), "Iron Temple", "owner"),
                new MeView.MembershipSummary(annaAsCoach.membershipId(), otherOwner.workspaceId(), "Olga's Studio", "coach")),
                me.memberships());
    }
}
