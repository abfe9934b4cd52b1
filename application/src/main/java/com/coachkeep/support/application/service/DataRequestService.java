package com.coachkeep.support.application.service;

import com.coachkeep.privacy.application.port.in.ExportView;
import com.coachkeep.privacy.application.port.in.WorkspaceDeletionView;
import com.coachkeep.privacy.application.service.DataExportService;
import com.coachkeep.privacy.application.service.WorkspaceDeletionService;
import com.coachkeep.shared.application.AuditTrail;
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
 * Deletions and exports that support carries out on an owner's documented request, through the very services of the
 * owner's self-service (same deletion job, same export job, same limits, same emails), with support named in the
 * trails as the one who acted, with the reason and the ticket.
 */
@ApplicationScoped
@Transactional
public class DataRequestService implements RunDataRequestUseCase {
    private final WorkspaceRepository workspaces;
    private final WorkspaceDeletionService deletion;
    private final DataExportService exports;
    private final AuditTrail audit;

    @Inject
    public DataRequestService(WorkspaceRepository workspaces, WorkspaceDeletionService deletion, DataExportService exports, AuditTrail audit) {
        this.workspaces = workspaces;
        this.deletion = deletion;
        this.exports = exports;
        this.audit = audit;
    }

    protected DataRequestService() {
        this(null, null, null, null);
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
        Workspace workspace = workspaces.findById(c.workspaceId()).filter(w -> !w.deletionRequested())
                .orElseThrow(() -> new NotFoundException("workspace"));
        ExportView export = exports.requestWorkspaceExportForOwner(workspace.id(), workspace.ownerId(),
                SupportAudit.in(workspace.id(), actor, "export.requested").reason(c.reason()).detail("ticket", c.ticket())
                        .detail("onRequestOf", workspace.ownerId()));
        audit.record(SupportAudit.of(actor, "data_request.export").target("export", export.id()).reason(c.reason())
                .detail("workspace", workspace.id()).detail("ticket", c.ticket()));
        return export;
    }
}
