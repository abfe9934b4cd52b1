package com.coachkeep.testing.fakes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.roster.domain.Client;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.roster.domain.ClientStatus;
import com.coachkeep.roster.domain.Tags;
import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.domain.Workspace;
import com.coachkeep.workspace.domain.WorkspaceSettings;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The fakes behave like the real adapters where the tests rely on it: versions, isolation of loaded copies. */
class FakeRepositoriesTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final WorkspaceSettings SETTINGS = WorkspaceSettings.parse("Iron Temple", "Europe/Berlin", "EUR",
            "en", null, null);

    @Test
    void concurrentWorkspaceEditsAreDetected() {
        FakeWorkspaceRepository repo = new FakeWorkspaceRepository();
        Workspace founded = Workspace.found(SETTINGS, PersonId.newId(), NOW).workspace();
        repo.add(founded);
        Workspace mine = repo.findById(founded.id()).orElseThrow();
        Workspace theirs = repo.findById(founded.id()).orElseThrow();

        mine.changeSettings(WorkspaceSettings.parse("Mine", "Europe/Berlin", "EUR", "en", null, null), NOW);
        assertEquals(2, repo.update(mine).version());
        theirs.changeSettings(WorkspaceSettings.parse("Theirs", "Europe/Berlin", "EUR", "en", null, null), NOW);

        StaleVersionException e = assertThrows(StaleVersionException.class, () -> repo.update(theirs));
        assertEquals(2, e.currentVersion());
        assertEquals("Mine", repo.findById(founded.id()).orElseThrow().settings().name());
    }

    @Test
    void changingALoadedWorkspaceChangesNothingUntilItIsUpdated() {
        FakeWorkspaceRepository repo = new FakeWorkspaceRepository();
        Workspace founded = Workspace.found(SETTINGS, PersonId.newId(), NOW).workspace();
        repo.add(founded);

        repo.findById(founded.id()).orElseThrow()
                .changeSettings(WorkspaceSettings.parse("Unsaved", "Europe/Berlin", "EUR", "en", null, null), NOW);

        assertEquals("Iron Temple", repo.findById(founded.id()).orElseThrow().settings().name());
    }

    @Test
    void concurrentClientEditsAreDetected() {
        FakeClientRepository repo = new FakeClientRepository();
        WorkspaceId workspace = WorkspaceId.newId();
        Client client = Client.invite(workspace, "Ben", new EmailAddress("ben@example.com"), null, Tags.none(), NOW);
        repo.add(client);
        Client mine = repo.findById(workspace, client.id()).orElseThrow();
        Client theirs = repo.findById(workspace, client.id()).orElseThrow();

        mine.changeStatus(ClientStatus.PAUSED, NOW);
        assertEquals(2, repo.update(mine).version());
        theirs.changeStatus(ClientStatus.ARCHIVED, NOW);

        assertThrows(StaleVersionException.class, () -> repo.update(theirs));
        assertEquals(ClientStatus.PAUSED, repo.findById(workspace, client.id()).orElseThrow().status());
    }

    @Test
    void clientIsFoundOnlyInItsOwnWorkspace() {
        FakeClientRepository repo = new FakeClientRepository();
        WorkspaceId workspace = WorkspaceId.newId();
        Client client = Client.invite(workspace, "Ben", new EmailAddress("ben@example.com"), null, Tags.none(), NOW);
        repo.add(client);

        assertTrue(repo.findById(workspace, client.id()).isPresent());
        assertFalse(repo.findById(WorkspaceId.newId(), client.id()).isPresent());
        assertFalse(repo.findByEmail(WorkspaceId.newId(), client.email()).isPresent());
    }

    @Test
    void cursorThatThisListDidNotIssueIsInvalid() {
        FakeCoachNoteRepository repo = new FakeCoachNoteRepository();

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> repo.list(WorkspaceId.newId(), ClientId.newId(), new PageRequest(5, "%%%")));

        assertEquals("cursor", e.violations().get(0).field());
    }
}
