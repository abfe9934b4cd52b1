package com.coachkeep.support.application.service;

import com.coachkeep.privacy.application.port.in.ExportView;
import com.coachkeep.privacy.application.port.in.WorkspaceDeletionView;
import com.coachkeep.privacy.application.port.in.DeleteWorkspaceOnRequestUseCase;
import com.coachkeep.privacy.application.port.in.EraseClientOnRequestUseCase;
import com.coachkeep.privacy.application.port.in.RequestExportOnRequestUseCase;
import com.coachkeep.roster.application.port.out.ClientRepository;
import com.coachkeep.roster.domain.Client;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.support.application.port.in.DataRequestCommand;
import com.coachkeep.support.application.port.in.RunDataRequestUseCase;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.domain.SupportPermission;
import com.coachkeep.workspace.application.port.out.WorkspaceRepository;
import com.coachkeep.workspace.domain.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Deletions and exports that support carries out on a person's (an owner's or a client's) documented request, through privacy's use cases for the
 * owner's self-service (same deletion job, same export job, same limits, same emails), with support named in the
 * trails as the one who acted, with the reason and the ticket.
 */
@ApplicationScoped
@Transactional
public class RunDataRequestService implements RunDataRequestUseCase {
    private final WorkspaceRepository workspaces;
    private final ClientRepository clients;
    private final DeleteWorkspaceOnRequestUseCase deletion;
    private final EraseClientOnRequestUseCase clientDeletion;
    private final RequestExportOnRequestUseCase exports;
    private final AuditTrail audit;

    @Inject
    public RunDataRequestService(WorkspaceRepository workspaces, ClientRepository clients, DeleteWorkspaceOnRequestUseCase deletion,
            EraseClientOnRequestUseCase clientDeletion, RequestExportOnRequestUseCase exports, AuditTrail audit) {
        this.workspaces = workspaces;
        this.clients = clients;
        this.deletion = deletion;
        this.clientDeletion = clientDeletion;
        this.exports = exports;
        this.audit = audit;
    }

    protected RunDataRequestService() {
        this(null, null, null, null, null, null);
    }

    @Override
    public WorkspaceDeletionView deleteWorkspace(SupportActor actor, DataRequestCommand c) {
        actor.requireWithMultiFactor(SupportPermission.DATA_REQUESTS);
        return deletion.deleteOnOwnersRequest(c.workspaceId(), SupportAudit.of(actor, "workspace.deleted").reason(c.reason())
                .detail("ticket", c.ticket()).detail("onRequestOf", "owner"));
    }

    @Override
    public ExportView exportWorkspace(SupportActor actor, DataRequestCommand c) {
        actor.requireWithMultiFactor(SupportPermission.DATA_REQUESTS);
        Workspace workspace = live(c);
        ExportView export = exports.requestWorkspaceExportForOwner(workspace.id(), workspace.ownerId(),
                SupportAudit.in(workspace.id(), actor, "export.requested").reason(c.reason()).detail("ticket", c.ticket())
                        .detail("onRequestOf", workspace.ownerId()));
        audit.record(SupportAudit.of(actor, "data_request.export").target("export", export.id()).reason(c.reason())
                .detail("workspace", workspace.id()).detail("ticket", c.ticket()));
        return export;
    }

    @Override
    public long deleteClient(SupportActor actor, DataRequestCommand c, ClientId clientId) {
        actor.requireWithMultiFactor(SupportPermission.DATA_REQUESTS);
        Workspace workspace = live(c);
        long rows = clientDeletion.eraseOnClientsRequest(workspace.id(), clientId, SupportAudit.in(workspace.id(), actor,
                "client.deleted_on_request").reason(c.reason()).detail("ticket", c.ticket()));
        audit.record(SupportAudit.of(actor, "data_request.client_deleted").target("client", clientId).reason(c.reason())
                .detail("workspace", workspace.id()).detail("ticket", c.ticket()).detail("rows", rows));
        return rows;
    }

    @Override
    public ExportView exportClient(SupportActor actor, DataRequestCommand c, ClientId clientId) {
        actor.requireWithMultiFactor(SupportPermission.DATA_REQUESTS);
        Workspace workspace = live(c);
        Client client = clients.findById(workspace.id(), clientId).orElseThrow(() -> new NotFoundException("client"));
        if (client.personId() == null) {
            throw new ConflictException("client-has-no-account",
                    "The client never joined, so nobody could download an export for them; their record is in the owner's export.");
        }
        ExportView export = exports.requestClientExportForClient(workspace.id(), client.id(), client.personId(),
                SupportAudit.in(workspace.id(), actor, "export.requested").reason(c.reason()).detail("ticket", c.ticket())
                        .detail("onRequestOf", client.personId()));
        audit.record(SupportAudit.of(actor, "data_request.export").target("export", export.id()).reason(c.reason())
                .detail("workspace", workspace.id()).detail("client", client.id()).detail("ticket", c.ticket()));
        return export;
    }

    private Workspace live(DataRequestCommand c) {
        return workspaces.findById(c.workspaceId()).filter(w -> !w.deletionRequested()).orElseThrow(() -> new NotFoundException("workspace"));
    }
}
