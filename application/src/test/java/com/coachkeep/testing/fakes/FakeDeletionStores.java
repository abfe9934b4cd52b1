package com.coachkeep.testing.fakes;

import com.coachkeep.privacy.application.port.out.ErasureFeaturesPort;
import com.coachkeep.privacy.application.port.out.PersonalDataErasurePort;
import com.coachkeep.privacy.application.port.out.SubjectKeyPort;
import com.coachkeep.privacy.application.port.out.TombstoneRepository;
import com.coachkeep.privacy.application.port.out.WorkspaceDeletionRepository;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.Tombstone;
import com.coachkeep.privacy.domain.WorkspaceDeletion;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** In-memory fakes of the deletion's outgoing ports: keys, tombstones, deletion records and erasure features. */
public final class FakeDeletionStores {
    private FakeDeletionStores() {
    }

    /** Remembers which subjects (and whole workspaces) had their keys destroyed. */
    public static final class Keys implements SubjectKeyPort {
        public final Set<DataSubject> destroyed = new LinkedHashSet<>();
        public final Set<WorkspaceId> destroyedWorkspaces = new LinkedHashSet<>();

        @Override
        public void destroy(DataSubject subject) {
            destroyed.add(subject);
        }

        @Override
        public int destroyWorkspace(WorkspaceId workspaceId) {
            destroyedWorkspaces.add(workspaceId);
            destroyed.add(DataSubject.workspace(workspaceId));
            return 1;
        }

        @Override
        public boolean destroyed(DataSubject subject) {
            return destroyed.contains(subject) || destroyedWorkspaces.contains(subject.workspaceId());
        }
    }

    public static final class Tombstones implements TombstoneRepository {
        public final Map<DataSubject, Tombstone> rows = new LinkedHashMap<>();

        @Override
        public void add(Tombstone tombstone) {
            rows.putIfAbsent(tombstone.subject(), tombstone);
        }

        @Override
        public Optional<Tombstone> find(DataSubject subject) {
            return Optional.ofNullable(rows.get(subject));
        }

        @Override
        public List<Tombstone> all() {
            return rows.values().stream().sorted(Comparator.comparing(Tombstone::deletedAt)).toList();
        }

        public final Map<com.coachkeep.shared.domain.PersonId, com.coachkeep.privacy.domain.AccountTombstone> accounts =
                new LinkedHashMap<>();

        @Override
        public void addAccount(com.coachkeep.privacy.domain.AccountTombstone tombstone) {
            accounts.putIfAbsent(tombstone.personId(), tombstone);
        }

        @Override
        public List<com.coachkeep.privacy.domain.AccountTombstone> accounts() {
            return accounts.values().stream().sorted(Comparator.comparing(com.coachkeep.privacy.domain.AccountTombstone::deletedAt))
                    .toList();
        }
    }

    /** Stores copies, as the real adapter stores rows. */
    public static final class Deletions implements WorkspaceDeletionRepository {
        public final Map<WorkspaceId, WorkspaceDeletion> rows = new LinkedHashMap<>();

        @Override
        public void add(WorkspaceDeletion d) {
            rows.put(d.workspaceId(), copy(d));
        }

        @Override
        public Optional<WorkspaceDeletion> find(WorkspaceId workspaceId) {
            return Optional.ofNullable(rows.get(workspaceId)).map(Deletions::copy);
        }

        @Override
        public Optional<WorkspaceDeletion> claimNextUnfinished() {
            return rows.values().stream().filter(d -> d.finishedAt() == null)
                    .min(Comparator.comparing(WorkspaceDeletion::requestedAt)).map(Deletions::copy);
        }

        @Override
        public void update(WorkspaceDeletion d) {
            rows.put(d.workspaceId(), copy(d));
        }

        @Override
        public int removeFinishedBefore(Instant time) {
            List<WorkspaceId> old = rows.values().stream().filter(d -> d.finishedAt() != null && d.finishedAt().isBefore(time))
                    .map(WorkspaceDeletion::workspaceId).toList();
            old.forEach(rows::remove);
            return old.size();
        }

        private static WorkspaceDeletion copy(WorkspaceDeletion d) {
            return new WorkspaceDeletion(d.workspaceId(), d.requestedBy(), d.requestedAt(), d.features(), d.finishedAt(), d.updatedAt());
        }
    }

    /**
     * A feature holding {@code rows} rows per workspace, erased {@code batchSize} at a time; records every call, so
     * tests see the order features were called in.
     */
    public static final class Feature implements PersonalDataErasurePort {
        private final String name;
        private final List<String> calls;
        public final Map<WorkspaceId, Long> rows = new LinkedHashMap<>();
        public final List<ClientId> erasedClients = new ArrayList<>();
        public final List<com.coachkeep.shared.domain.PersonId> erasedPeople = new ArrayList<>();

        public Feature(String name, List<String> calls) {
            this.name = name;
            this.calls = calls;
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
        public long erasePerson(com.coachkeep.shared.domain.PersonId personId) {
            erasedPeople.add(personId);
            return 1;
        }

        @Override
        public long eraseWorkspaceBatch(WorkspaceId workspaceId, int batchSize) {
            calls.add(name);
            long left = rows.getOrDefault(workspaceId, 0L);
            long erased = Math.min(left, batchSize);
            rows.put(workspaceId, left - erased);
            return erased;
        }

        @Override
        public long eraseClient(WorkspaceId workspaceId, ClientId clientId) {
            calls.add(name + ":client");
            erasedClients.add(clientId);
            return 1;
        }
    }

    public static ErasureFeaturesPort features(List<? extends PersonalDataErasurePort> ports) {
        return () -> PersonalDataErasurePort.inErasureOrder(ports);
    }
}
