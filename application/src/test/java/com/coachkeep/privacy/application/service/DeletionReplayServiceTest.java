package com.coachkeep.privacy.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.privacy.application.port.in.DeletionReplayReport;
import com.coachkeep.privacy.application.port.out.PersonalDataErasurePort;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.Tombstone;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.testing.fakes.FakeDeletionStores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class DeletionReplayServiceTest {
    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");
    private final FakeDeletionStores.Keys keys = new FakeDeletionStores.Keys();
    private final FakeDeletionStores.Tombstones tombstones = new FakeDeletionStores.Tombstones();
    private final List<String> calls = new ArrayList<>();
    private final Rows roster = new Rows("roster");
    private final Rows workspaceRows = new Rows("workspace");
    private final ReplayDeletionsService replay;

    private final WorkspaceId deletedWorkspace = new WorkspaceId(UUID.randomUUID());
    private final WorkspaceId survivingWorkspace = new WorkspaceId(UUID.randomUUID());
    private final ClientId deletedClient = new ClientId(UUID.randomUUID());
    private final ClientId survivingClient = new ClientId(UUID.randomUUID());
    private final ClientId clientOfDeletedWorkspace = new ClientId(UUID.randomUUID());

    DeletionReplayServiceTest() {
        var features = FakeDeletionStores.features(List.of(workspaceRows, roster));
        var people = new com.coachkeep.testing.fakes.FakePersonRepository();
        replay = new ReplayDeletionsService(new DeletionReplaySteps(tombstones, keys, features, people,
                new com.coachkeep.testing.fakes.FakeMembershipRepository(people)), features);
    }

    /** A feature holding rows per workspace and per client, as a restored backup would have them. */
    final class Rows implements PersonalDataErasurePort {
        final String name;
        final Map<WorkspaceId, Long> workspaceRows = new HashMap<>();
        final Set<ClientId> clients = new HashSet<>();

        Rows(String name) {
            this.name = name;
        }

        @Override
        public String feature() {
            return name;
        }

        @Override
        public List<String> tables() {
            return List.of(name);
        }

        @Override
        public long eraseWorkspaceBatch(WorkspaceId workspaceId, int batchSize) {
            calls.add(name + ":" + (workspaceId.equals(deletedWorkspace) ? "deleted" : "surviving"));
            long left = workspaceRows.getOrDefault(workspaceId, 0L);
            long erased = Math.min(left, batchSize);
            workspaceRows.put(workspaceId, left - erased);
            return erased;
        }

        @Override
        public long eraseClient(WorkspaceId workspaceId, ClientId clientId) {
            return clients.remove(clientId) ? 2 : 0;
        }
    }

    private void restoredBackup() {
        roster.workspaceRows.put(deletedWorkspace, 1_200L);
        roster.workspaceRows.put(survivingWorkspace, 40L);
        workspaceRows.workspaceRows.put(deletedWorkspace, 3L);
        workspaceRows.workspaceRows.put(survivingWorkspace, 3L);
        roster.clients.addAll(List.of(deletedClient, survivingClient));
        tombstones.add(new Tombstone(DataSubject.workspace(deletedWorkspace), T));
        tombstones.add(new Tombstone(DataSubject.client(survivingWorkspace, deletedClient), T.plusSeconds(60)));
        tombstones.add(new Tombstone(DataSubject.client(deletedWorkspace, clientOfDeletedWorkspace), T.minusSeconds(60)));
    }

    @Tag("promise:P-DEL-3")
    @Test
    void aRestoredDeletedWorkspaceAndClientAreErasedAgainAndNothingElse() {
        restoredBackup();

        DeletionReplayReport report = replay.replayAll();

        assertEquals(3, report.tombstones());
        assertEquals(2, report.resurrected());
        assertEquals(1_200 + 3 + 2, report.rowsErased());
        assertEquals(0L, roster.workspaceRows.get(deletedWorkspace));
        assertEquals(0L, workspaceRows.workspaceRows.get(deletedWorkspace));
        assertEquals(40L, roster.workspaceRows.get(survivingWorkspace), "the surviving workspace is untouched");
        assertEquals(3L, workspaceRows.workspaceRows.get(survivingWorkspace));
        assertEquals(Set.of(survivingClient), roster.clients, "only the deleted client is erased");
        assertTrue(keys.destroyed.contains(DataSubject.client(survivingWorkspace, deletedClient)));
        assertTrue(calls.stream().noneMatch(c -> c.endsWith(":surviving")));
        assertEquals("roster:deleted", calls.get(0), "features are erased in their order, batch by batch");
        assertEquals("workspace:deleted", calls.get(calls.size() - 1));
    }

    @Tag("promise:P-DEL-3")
    @Test
    void replayingAgainFindsNothingToErase() {
        restoredBackup();
        replay.replayAll();

        DeletionReplayReport again = replay.replayAll();

        assertEquals(3, again.tombstones());
        assertEquals(0, again.resurrected());
        assertEquals(0, again.rowsErased());
    }

    @Test
    void withoutTombstonesNothingIsTouched() {
        roster.workspaceRows.put(survivingWorkspace, 40L);

        DeletionReplayReport report = replay.replayAll();

        assertEquals(new DeletionReplayReport(0, 0, 0, report.millis()), report);
        assertTrue(calls.isEmpty());
        assertEquals(40L, roster.workspaceRows.get(survivingWorkspace));
    }
}
