package com.coachkeep.support.application.service;

import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.application.port.in.SupportIds;
import com.coachkeep.support.application.port.out.SupportGrantRepository;
import com.coachkeep.support.domain.GrantScope;
import com.coachkeep.support.domain.SupportGrant;
import com.coachkeep.support.domain.SupportPermission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The one gate to a workspace's content for support staff, which every support view of content goes through: the
 * grant is loaded and checked against the clock on every use (holder, status, scope), its view is counted, and what
 * was viewed is recorded in the workspace's own trail. The workspace is the grant's, never one the caller names. A
 * feature that shows content to support (programs, check-ins, messages) calls {@link #open} and {@link #viewed}
 * around its own read.
 */
@ApplicationScoped
public class GrantedAccess {
    private final SupportGrantRepository grants;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public GrantedAccess(SupportGrantRepository grants, AuditTrail audit, Clock clock) {
        this.grants = grants;
        this.audit = audit;
        this.clock = clock;
    }

    protected GrantedAccess() {
        this(null, null, null);
    }

    /** The grant, if the actor may see {@code scope} under it now; its view is counted. */
    public SupportGrant open(SupportActor actor, String grantId, GrantScope scope) {
        actor.requireWithMultiFactor(SupportPermission.GRANT_REQUEST);
        SupportGrant grant = grants.find(SupportIds.grant(grantId))
                .filter(g -> g.requestedBy().equals(actor.staffId()))
                .orElseThrow(() -> new NotFoundException("support grant"));
        grant.view(actor.staffId(), scope, clock.instant());
        grants.countView(grant);
        return grant;
    }

    /**
     * Records in the workspace's trail what was viewed under the grant: {@code what} names the view
     * ({@code clients}, {@code client}, {@code coach_notes}), the target the record shown, {@code items} how many.
     */
    public void viewed(SupportActor actor, SupportGrant grant, String what, String targetType, Object targetId, int items) {
        WorkspaceId workspace = grant.workspaceId();
        audit.record(SupportAudit.in(workspace, actor, "support.content_viewed").target(targetType, targetId).reason(grant.reason())
                .detail("grant", grant.id()).detail("scope", grant.scope().wireName()).detail("viewed", what).detail("items", items)
                .detail("ticket", grant.ticket()));
    }
}
