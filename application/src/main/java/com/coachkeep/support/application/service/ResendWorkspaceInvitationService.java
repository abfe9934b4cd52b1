package com.coachkeep.support.application.service;

import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.support.application.port.in.Reason;
import com.coachkeep.support.application.port.in.ResendWorkspaceInvitationUseCase;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.application.port.in.SupportIds;
import com.coachkeep.support.domain.SupportPermission;
import com.coachkeep.workspace.application.port.in.InvitationView;
import com.coachkeep.workspace.application.port.in.IssueInvitationUseCase;
import com.coachkeep.workspace.application.port.out.WorkspaceRepository;
import com.coachkeep.workspace.domain.Invitation;
import com.coachkeep.workspace.domain.InvitationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Support resends an invitation on a customer's behalf, through workspace's own issuing: it needs a reason and is
 * recorded in the workspace's trail and the platform trail.
 */
@ApplicationScoped
@Transactional
public class ResendWorkspaceInvitationService implements ResendWorkspaceInvitationUseCase {
    private final WorkspaceRepository workspaces;
    private final IssueInvitationUseCase issuer;
    private final AuditTrail audit;

    @Inject
    public ResendWorkspaceInvitationService(WorkspaceRepository workspaces, IssueInvitationUseCase issuer, AuditTrail audit) {
        this.workspaces = workspaces;
        this.issuer = issuer;
        this.audit = audit;
    }

    protected ResendWorkspaceInvitationService() {
        this(null, null, null);
    }

    @Override
    public InvitationView resend(SupportActor actor, String workspaceId, String invitationId, String reason) {
        actor.requireWithMultiFactor(SupportPermission.INVITATIONS_RESEND);
        String why = Reason.require(reason);
        WorkspaceId w = SupportIds.workspace(workspaceId);
        InvitationId id = new InvitationId(SupportIds.parse("invitationId", invitationId));
        workspaces.findById(w).filter(ws -> !ws.deletionRequested()).orElseThrow(() -> new NotFoundException("workspace"));
        Invitation resent = issuer.resend(w, id);
        audit.record(SupportAudit.in(w, actor, "invitation.resent").target("invitation", id).reason(why));
        audit.record(SupportAudit.of(actor, "invitation.resent").target("invitation", id).reason(why).detail("workspace", w));
        return InvitationView.of(resent);
    }
}
