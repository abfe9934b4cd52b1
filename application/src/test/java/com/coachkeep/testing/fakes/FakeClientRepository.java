package com.coachkeep.testing.fakes;

import com.coachkeep.roster.application.port.out.ClientRepository;
import com.coachkeep.roster.domain.Client;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The roster in memory: ordered by name without regard to case, then id, keyset-paginated; filters by status,
 * part of the name and assigned coach; optimistic locking on update like the real adapter.
 */
public final class FakeClientRepository implements ClientRepository {
    private final Map<ClientId, Client> byId = new LinkedHashMap<>();

    @Override
    public void add(Client client) {
        if (byId.containsKey(client.id())) {
            throw new IllegalStateException("duplicate client id " + client.id());
        }
        if (findByEmail(client.workspaceId(), client.email()).isPresent()) {
            throw new IllegalStateException("duplicate client email in workspace");
        }
        byId.put(client.id(), copy(client, client.version()));
    }

    @Override
    public Client update(Client client) {
        Client stored = byId.get(client.id());
        if (stored == null || !stored.workspaceId().equals(client.workspaceId())) {
            throw new IllegalStateException("no such client " + client.id());
        }
        if (stored.version() != client.version()) {
            throw new StaleVersionException(stored.version());
        }
        Client next = copy(client, client.version() + 1);
        byId.put(next.id(), next);
        return copy(next, next.version());
    }

    @Override
    public Optional<Client> findById(WorkspaceId workspaceId, ClientId id) {
        return Optional.ofNullable(byId.get(id)).filter(c -> c.workspaceId().equals(workspaceId))
                .map(c -> copy(c, c.version()));
    }

    @Override
    public Optional<Client> findByPerson(WorkspaceId workspaceId, PersonId personId) {
        return byId.values().stream().filter(c -> c.workspaceId().equals(workspaceId) && c.belongsTo(personId))
                .findFirst().map(c -> copy(c, c.version()));
    }

    @Override
    public Optional<Client> findByEmail(WorkspaceId workspaceId, EmailAddress email) {
        return byId.values().stream().filter(c -> c.workspaceId().equals(workspaceId) && c.email().equals(email))
                .findFirst().map(c -> copy(c, c.version()));
    }

    @Override
    public long countActive(WorkspaceId workspaceId) {
        return byId.values().stream().filter(c -> c.workspaceId().equals(workspaceId) && c.status() == com.coachkeep.roster.domain.ClientStatus.ACTIVE)
                .count();
    }

    @Override
    public Page<Client> list(WorkspaceId workspaceId, Filter filter, PageRequest page) {
        String search = filter.nameSearch() == null ? null : filter.nameSearch().toLowerCase(Locale.ROOT);
        return Keyset.ascending(
                byId.values().stream()
                        .filter(c -> c.workspaceId().equals(workspaceId))
                        .filter(c -> filter.status() == null || c.status() == filter.status())
                        .filter(c -> search == null || c.displayName().toLowerCase(Locale.ROOT).contains(search))
                        .filter(c -> filter.assignedTo() == null || c.isAssignedTo(filter.assignedTo()))
                        .map(c -> copy(c, c.version())),
                c -> c.displayName().toLowerCase(Locale.ROOT) + "\u0000" + c.id(), page);
    }

    public int size() {
        return byId.size();
    }

    private static Client copy(Client c, long version) {
        return new Client(c.id(), c.workspaceId(), c.displayName(), c.email(), c.personId(), c.assignedCoach(), c.tags(),
                c.status(), c.createdAt(), c.updatedAt(), version);
    }
}
