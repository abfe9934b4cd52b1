package com.coachkeep.support.application.service;

import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.support.application.port.in.Reason;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.application.port.in.SupportIds;
import com.coachkeep.support.application.port.in.SuspendWorkspaceUseCase;
import com.coachkeep.support.application.port.in.WorkspaceSummary;
import com.coachkeep.support.application.port.out.WorkspaceDirectoryPort;
import com.coachkeep.support.domain.SupportPermission;
import com.coachkeep.workspace.application.port.out.WorkspaceRepository;
import com.coachkeep.workspace.domain.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Suspending and restoring a workspace for abuse, with a reason, in the workspace's trail and the platform trail. */
@ApplicationScoped
@Transactional
public class SuspendWorkspaceService implements SuspendWorkspaceUseCase {
    private final WorkspaceRepository workspaces;
    private final WorkspaceDirectoryPort directory;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public SuspendWorkspaceService(WorkspaceRepository workspaces, WorkspaceDirectoryPort directory, AuditTrail audit, Clock clock) {
        this.workspaces = workspaces;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    protected SuspendWorkspaceService() {
        this(null, null, null, null);
    }

    @Override
    public WorkspaceSummary suspend(SupportActor actor, String workspaceId, String reason) {
        return change(actor, workspaceId, reason, true);
    }

    @Override
    public WorkspaceSummary restore(SupportActor actor, String workspaceId, String reason) {
        return change(actor, workspaceId, reason, false);
    }

    private WorkspaceSummary change(SupportActor actor, String rawId, String reason, boolean suspend) {
        actor.requireWithMultiFactor(SupportPermission.WORKSPACE_SUSPEND);
        String why = Reason.require(reason);
        WorkspaceId id = SupportIds.workspace(rawId);
        Workspace workspace = workspaces.findById(id).filter(w -> !w.deletionRequested()).orElseThrow(() -> new NotFoundException("workspace"));
        Instant now = clock.instant();
        if (suspend) {
            workspace.suspend(now);
        } else {
            workspace.restore(now);
        }
        workspaces.update(workspace);
        String action = suspend ? "workspace.suspended" : "workspace.restored";
        audit.record(SupportAudit.in(id, actor, action).target("workspace", id).reason(why));
        audit.record(SupportAudit.of(actor, action).target("workspace", id).reason(why));
        return directory.find(id).orElseThrow(() -> new NotFoundException("workspace"));
    }
}
