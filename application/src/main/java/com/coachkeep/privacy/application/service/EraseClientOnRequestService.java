package com.coachkeep.privacy.application.service;

import com.coachkeep.privacy.application.port.in.EraseClientOnRequestUseCase;
import com.coachkeep.roster.application.port.out.ClientRepository;
import com.coachkeep.roster.domain.Client;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Erases a client's data on their documented request, carried out by support (who checked the request and authorised
 * themselves before calling this): the same erasure as the client's own when they leave, with {@code recordedAs}
 * naming support in the workspace's trail.
 */
@ApplicationScoped
public class EraseClientOnRequestService implements EraseClientOnRequestUseCase {
    private final ClientRepository clients;
    private final LeaveWorkspaceService erasure;
    private final Clock clock;

    @Inject
    public EraseClientOnRequestService(ClientRepository clients, LeaveWorkspaceService erasure, Clock clock) {
        this.clients = clients;
        this.erasure = erasure;
        this.clock = clock;
    }

    protected EraseClientOnRequestService() {
        this(null, null, null);
    }

    @Override
    @Transactional
    public long eraseOnClientsRequest(WorkspaceId workspaceId, ClientId clientId, AuditRecord recordedAs) {
        Client client = clients.findById(workspaceId, clientId).orElseThrow(() -> new NotFoundException("client"));
        return erasure.erase(workspaceId, client, clock.instant(), recordedAs);
    }
}
