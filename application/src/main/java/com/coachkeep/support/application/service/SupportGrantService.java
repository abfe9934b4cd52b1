package com.coachkeep.support.application.service;

import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.support.application.port.in.RevokeSupportGrantUseCase;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.support.application.port.in.ListSupportGrantsUseCase;
import com.coachkeep.support.application.port.in.ManageSupportGrantsUseCase;
import com.coachkeep.support.application.port.in.Reason;
import com.coachkeep.support.application.port.in.RequestSupportGrantCommand;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.application.port.in.SupportGrantView;
import com.coachkeep.support.application.port.in.SupportIds;
import com.coachkeep.support.application.port.in.WorkspaceSummary;
import com.coachkeep.support.application.port.out.ContactsPort;
import com.coachkeep.support.application.port.out.SupportGrantRepository;
import com.coachkeep.support.application.port.out.WorkspaceDirectoryPort;
import com.coachkeep.support.domain.GrantScope;
import com.coachkeep.support.domain.SupportGrant;
import com.coachkeep.support.domain.SupportPermission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Support grants: asked for, approved, revoked, listed. A grant that starts (at once, or at its approval) queues the
 * {@code support-access-notice} to the workspace's owner in the same transaction; every step is recorded in the
 * workspace's own trail and in the platform trail, with the reason.
 */
@ApplicationScoped
@Transactional
public class SupportGrantService implements ManageSupportGrantsUseCase, ListSupportGrantsUseCase, RevokeSupportGrantUseCase {
    /** Who revoked, when it was the workspace's owner rather than staff: {@code owner:<person id>}. */
    static final String OWNER_REVOKER_PREFIX = "owner:";
    private final SupportGrantRepository grants;
    private final WorkspaceDirectoryPort directory;
    private final ContactsPort contacts;
    private final MailPort mail;
    private final AuditTrail audit;
    private final Clock clock;
    private final GrantScopes scopes;

    @Inject
    public SupportGrantService(SupportGrantRepository grants, WorkspaceDirectoryPort directory, ContactsPort contacts, MailPort mail,
            AuditTrail audit, Clock clock, GrantScopes scopes) {
        this.grants = grants;
        this.directory = directory;
        this.contacts = contacts;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
        this.scopes = scopes;
    }

    protected SupportGrantService() {
        this(null, null, null, null, null, null, null);
    }

    @Override
    public SupportGrantView request(SupportActor actor, RequestSupportGrantCommand c) {
        actor.requireWithMultiFactor(SupportPermission.GRANT_REQUEST);
        GrantScope scope = scopes.require("scope", c.scope());
        WorkspaceSummary workspace = directory.find(c.workspaceId()).filter(w -> !WorkspaceSummary.DELETING.equals(w.status()))
                .orElseThrow(() -> new NotFoundException("workspace"));
        Instant now = clock.instant();
        SupportGrant grant = SupportGrant.request(c.workspaceId(), actor.staffId(), actor.role(), scope, c.reason(), c.ticket(),
                c.minutes(), now);
        grants.add(grant);
        boolean started = grant.status(now) == SupportGrant.Status.ACTIVE;
        audit.record(SupportAudit.in(grant.workspaceId(), actor, started ? "support.access_granted" : "support.access_requested")
                .target("support_grant", grant.id()).reason(grant.reason()).detail("scope", grant.scope().wireName())
                .detail("ticket", grant.ticket()).detail("minutes", grant.minutes()).detail("endsAt", grant.endsAt()));
        audit.record(SupportAudit.of(actor, "support_grant.requested").target("support_grant", grant.id()).reason(grant.reason())
                .detail("workspace", workspace.id()).detail("scope", grant.scope().wireName()).detail("ticket", grant.ticket())
                .detail("minutes", grant.minutes()).detail("started", started));
        if (started) {
            notifyOwner(grant, workspace);
        }
        return SupportGrantView.of(grant, now);
    }

    @Override
    public SupportGrantView approve(SupportActor actor, String grantId, String reason) {
        actor.requireWithMultiFactor(SupportPermission.GRANT_APPROVE);
        String why = Reason.require(reason);
        SupportGrant grant = grants.find(SupportIds.grant(grantId)).orElseThrow(() -> new NotFoundException("support grant"));
        Instant now = clock.instant();
        grant.approve(actor.staffId(), now);
        grants.update(grant);
        audit.record(SupportAudit.in(grant.workspaceId(), actor, "support.access_granted").target("support_grant", grant.id())
                .reason(grant.reason()).detail("scope", grant.scope().wireName()).detail("ticket", grant.ticket())
                .detail("minutes", grant.minutes()).detail("endsAt", grant.endsAt()).detail("requestedBy", grant.requestedBy())
                .detail("approvedBy", actor.staffId()));
        audit.record(SupportAudit.of(actor, "support_grant.approved").target("support_grant", grant.id()).reason(why)
                .detail("workspace", grant.workspaceId()).detail("requestedBy", grant.requestedBy()));
        directory.find(grant.workspaceId()).ifPresent(w -> notifyOwner(grant, w));
        return SupportGrantView.of(grant, now);
    }

    @Override
    public SupportGrantView revoke(SupportActor actor, String grantId, String reason) {
        SupportGrant grant = grants.find(SupportIds.grant(grantId)).orElseThrow(() -> new NotFoundException("support grant"));
        if (actor.may(SupportPermission.GRANT_APPROVE)) {
            actor.requireWithMultiFactor(SupportPermission.GRANT_APPROVE);
        } else {
            actor.requireWithMultiFactor(SupportPermission.GRANT_REQUEST);
            if (!grant.requestedBy().equals(actor.staffId())) {
                throw new NotFoundException("support grant");
            }
        }
        String why = Reason.require(reason);
        Instant now = clock.instant();
        grant.revoke(actor.staffId(), why, now);
        grants.update(grant);
        audit.record(SupportAudit.in(grant.workspaceId(), actor, "support.access_revoked").target("support_grant", grant.id())
                .reason(why).detail("views", grant.views()));
        audit.record(SupportAudit.of(actor, "support_grant.revoked").target("support_grant", grant.id()).reason(why)
                .detail("workspace", grant.workspaceId()).detail("views", grant.views()));
        return SupportGrantView.of(grant, now);
    }

    @Override
    public SupportGrantView revoke(Actor actor, String grantId) {
        actor.require(Permission.WORKSPACE_MANAGE);
        SupportGrant grant = grants.findInWorkspace(actor.workspaceId(), SupportIds.grant(grantId))
                .orElseThrow(() -> new NotFoundException("support grant"));
        Instant now = clock.instant();
        grant.revoke(OWNER_REVOKER_PREFIX + actor.personId(), "Revoked by the workspace owner", now);
        grants.updateInWorkspace(grant);
        audit.record(AuditRecord.of(actor, "support.access_revoked_by_owner").target("support_grant", grant.id())
                .detail("views", grant.views()));
        return SupportGrantView.of(grant, now);
    }

    @Override
    public SupportGrantView get(SupportActor actor, String grantId) {
        SupportGrant grant = grants.find(SupportIds.grant(grantId)).orElseThrow(() -> new NotFoundException("support grant"));
        if (!actor.may(SupportPermission.GRANT_APPROVE)) {
            actor.require(SupportPermission.GRANT_REQUEST);
            if (!grant.requestedBy().equals(actor.staffId())) {
                throw new NotFoundException("support grant");
            }
        }
        return SupportGrantView.of(grant, clock.instant());
    }

    @Override
    public List<SupportGrantView> listPendingApproval(SupportActor actor) {
        actor.require(SupportPermission.GRANT_APPROVE);
        Instant now = clock.instant();
        return grants.listPending(now.minus(Duration.ofHours(SupportGrant.APPROVAL_WINDOW_HOURS)), MAX).stream()
                .filter(g -> g.status(now) == SupportGrant.Status.PENDING).map(g -> SupportGrantView.of(g, now)).toList();
    }

    @Override
    public List<SupportGrantView> listOwn(SupportActor actor) {
        actor.require(SupportPermission.GRANT_REQUEST);
        Instant now = clock.instant();
        return grants.listRequestedBy(actor.staffId(), MAX).stream().map(g -> SupportGrantView.of(g, now)).toList();
    }

    @Override
    public Page<SupportGrantView> list(Actor actor, PageRequest page) {
        actor.require(Permission.AUDIT_READ);
        Instant now = clock.instant();
        return grants.listForWorkspace(actor.workspaceId(), page).map(g -> SupportGrantView.of(g, now));
    }

    /** The owner is told when access starts (essential: always sent); one email per grant, whatever retries happen. */
    private void notifyOwner(SupportGrant grant, WorkspaceSummary workspace) {
        contacts.owner(grant.workspaceId()).ifPresent(owner -> {
            Map<String, Object> model = new LinkedHashMap<>();
            if (owner.recipient().name() != null) {
                model.put("recipientName", owner.recipient().name());
            }
            model.put("agentName", "Support staff member " + grant.requestedBy());
            model.put("workspaceName", workspace.name());
            model.put("startsAt", grant.startsAt().toString());
            model.put("endsAt", grant.endsAt().toString());
            model.put("reason", grant.reason());
            model.put("ticket", grant.ticket());
            model.put("scope", grant.scope().wireName());
            mail.enqueue(new MailPort.Email(EmailTemplate.SUPPORT_ACCESS_NOTICE, owner.recipient(), grant.workspaceId(), owner.locale(),
                    owner.branding(), model, "support-access:" + grant.id()));
        });
    }
}
