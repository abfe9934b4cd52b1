package com.coachkeep.roster.application.port.out;

import com.coachkeep.roster.domain.Client;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.roster.domain.ClientStatus;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.Optional;

public interface ClientRepository {
    void add(Client client);

    /** Stores a changed client; raises StaleVersionException when someone changed it since it was loaded. */
    Client update(Client client);

    Optional<Client> findById(WorkspaceId workspaceId, ClientId id);

    /** The clients among {@code ids} that exist in the workspace (one read where the store can). */
    default java.util.List<Client> findByIds(WorkspaceId workspaceId, java.util.Collection<ClientId> ids) {
        return ids.stream().map(id -> findById(workspaceId, id)).flatMap(Optional::stream).toList();
    }

    /** How many of the workspace's clients are active (status active). */
    long countActive(WorkspaceId workspaceId);

    Optional<Client> findByPerson(WorkspaceId workspaceId, PersonId personId);

    Optional<Client> findByEmail(WorkspaceId workspaceId, EmailAddress email);

    /** Clients ordered by name (case-insensitive), then id; keyset-paginated so every page costs the same. */
    Page<Client> list(WorkspaceId workspaceId, Filter filter, PageRequest page);

    /**
     * @param status     only clients with this status, or all when null
     * @param nameSearch only clients whose name contains this text (case-insensitive), or all when null
     * @param assignedTo only clients assigned to this staff membership, or all when null
     */
    record Filter(ClientStatus status, String nameSearch, MembershipId assignedTo) {
    }
}
