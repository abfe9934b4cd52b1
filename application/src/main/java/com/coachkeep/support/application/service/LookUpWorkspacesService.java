package com.coachkeep.support.application.service;

import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.support.application.port.in.LookUpWorkspacesUseCase;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.application.port.in.SupportIds;
import com.coachkeep.support.application.port.in.WorkspaceLookupQuery;
import com.coachkeep.support.application.port.in.WorkspaceSummary;
import com.coachkeep.support.application.port.out.WorkspaceDirectoryPort;
import com.coachkeep.support.domain.SupportPermission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;

/**
 * Support's workspace look-up: metadata through the directory port, each search recorded in the platform trail by
 * its kind and result count. The searched text is not recorded: it may be a person's email, and the platform trail is
 * never erased.
 */
@ApplicationScoped
@Transactional
public class LookUpWorkspacesService implements LookUpWorkspacesUseCase {
    private final WorkspaceDirectoryPort directory;
    private final AuditTrail audit;

    @Inject
    public LookUpWorkspacesService(WorkspaceDirectoryPort directory, AuditTrail audit) {
        this.directory = directory;
        this.audit = audit;
    }

    protected LookUpWorkspacesService() {
        this(null, null);
    }

    @Override
    public Page<WorkspaceSummary> lookUp(SupportActor actor, WorkspaceLookupQuery query) {
        actor.require(SupportPermission.WORKSPACE_LOOKUP);
        Page<WorkspaceSummary> page = directory.lookUp(query);
        audit.record(SupportAudit.of(actor, "workspace.looked_up").detail("by", query.kind().name().toLowerCase(Locale.ROOT))
                .detail("found", page.items().size()));
        return page;
    }

    @Override
    public WorkspaceSummary get(SupportActor actor, String workspaceId) {
        actor.require(SupportPermission.WORKSPACE_LOOKUP);
        WorkspaceSummary summary = directory.find(SupportIds.workspace(workspaceId)).orElseThrow(() -> new NotFoundException("workspace"));
        audit.record(SupportAudit.of(actor, "workspace.looked_up").target("workspace", summary.id()).detail("by", "id").detail("found", 1));
        return summary;
    }
}
