package com.coachkeep.workspace.application.service;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.workspace.application.port.in.AcceptInvitationCommand;
import com.coachkeep.workspace.application.port.in.AcceptInvitationUseCase;
import com.coachkeep.workspace.application.port.in.InvitationAcceptedEvent;
import com.coachkeep.workspace.application.port.in.InvitationView;
import com.coachkeep.workspace.application.port.in.InviteStaffCommand;
import com.coachkeep.workspace.application.port.in.InviteStaffUseCase;
import com.coachkeep.workspace.application.port.in.ListInvitationsUseCase;
import com.coachkeep.workspace.application.port.in.ResendInvitationUseCase;
import com.coachkeep.workspace.application.port.in.RevokeInvitationUseCase;
import com.coachkeep.workspace.application.port.out.InvitationRepository;
import com.coachkeep.workspace.application.port.out.MembershipRepository;
import com.coachkeep.workspace.application.port.out.PersonRepository;
import com.coachkeep.workspace.domain.Invitation;
import com.coachkeep.workspace.domain.InvitationId;
import com.coachkeep.workspace.domain.InvitationToken;
import com.coachkeep.workspace.domain.Membership;
import com.coachkeep.workspace.domain.Person;
import com.coachkeep.workspace.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;


/** The invitations that bring people (staff and clients) into a workspace: issuing staff's, listing, resending, revoking, accepting. */
@ApplicationScoped
@Transactional
public class InvitationService implements InviteStaffUseCase, ListInvitationsUseCase, ResendInvitationUseCase, RevokeInvitationUseCase,
        AcceptInvitationUseCase {
    private final MembershipRepository memberships;
    private final InvitationRepository invitations;
    private final PersonRepository people;
    private final IssueInvitationService issuer;
    private final Event<InvitationAcceptedEvent> accepted;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public InvitationService(MembershipRepository memberships, InvitationRepository invitations, PersonRepository people,
            IssueInvitationService issuer, Event<InvitationAcceptedEvent> accepted, AuditTrail audit,
            Clock clock) {
        this.memberships = memberships;
        this.invitations = invitations;
        this.people = people;
        this.issuer = issuer;
        this.accepted = accepted;
        this.audit = audit;
        this.clock = clock;
    }

    protected InvitationService() {
        this(null, null, null, null, null, null, null);
    }

    @Override
    public InvitationView invite(Actor actor, InviteStaffCommand c) {
        actor.require(Permission.STAFF_MANAGE);
        if (invitations.findPendingByEmail(actor.workspaceId(), c.email()).isPresent()) {
            throw new ConflictException("invitation-pending",
                    "An invitation to this email address is already pending; resend or withdraw it instead.");
        }
        if (memberships.findActiveByEmail(actor.workspaceId(), c.email()).isPresent()) {
            throw new ConflictException("already-staff", "A staff member with this email address already belongs to the workspace.");
        }
        Invitation issued = issuer.issue(actor.workspaceId(), c.email(), c.role(), null, actor.personId());
        audit.record(AuditRecord.of(actor, "staff.invited").target("invitation", issued.id()).detail("role", c.role().wireName()));
        return InvitationView.of(issued);
    }

    @Override
    public Page<InvitationView> listPending(Actor actor, PageRequest page) {
        // Invitations name people and email addresses across the whole workspace: owner only.
        actor.require(Permission.STAFF_MANAGE);
        return invitations.listPending(actor.workspaceId(), page).map(InvitationView::of);
    }

    @Override
    public InvitationView resend(Actor actor, InvitationId id) {
        Invitation invitation = loadManageable(actor, id);
        audit.record(AuditRecord.of(actor, "invitation.resent").target("invitation", id));
        return InvitationView.of(issuer.resend(invitation));
    }

    @Override
    public void revoke(Actor actor, InvitationId id) {
        Invitation invitation = loadManageable(actor, id);
        invitation.revoke();
        invitations.update(invitation);
        audit.record(AuditRecord.of(actor, "invitation.revoked").target("invitation", id));
    }

    @Override
    public Accepted accept(Caller caller, AcceptInvitationCommand c) {
        Invitation invitation = invitations.findByTokenHash(InvitationToken.hashOf(c.token()))
                .orElseThrow(() -> new NotFoundException("invitation"));
        Person person = people.findById(caller.personId()).orElseThrow(() -> new NotFoundException("person"));
        Instant now = clock.instant();
        // The invitation's own rules speak first (used, expired, someone else's), so a used link says so; an
        // already-member rejection afterwards rolls the acceptance back with the transaction.
        invitation.accept(person, now);
        if (memberships.findActive(invitation.workspaceId(), person.id()).isPresent()) {
            throw new ConflictException("already-member", "You already belong to this workspace.");
        }
        invitations.update(invitation);
        Membership membership = Membership.grant(invitation.workspaceId(), person.id(), invitation.role(), now);
        memberships.add(membership);
        audit.record(AuditRecord.ofPerson(invitation.workspaceId(), caller, "invitation.accepted").target("membership", membership.id())
                .detail("invitation", invitation.id()).detail("role", invitation.role().wireName()));
        if (invitation.role() == Role.CLIENT) {
            // observed inside this transaction: the roster links its entry, or the acceptance rolls back
            accepted.fire(new InvitationAcceptedEvent(invitation.workspaceId(), invitation.clientRef(), person.id(), now));
        }
        return new Accepted(invitation.workspaceId(), membership.id(), invitation.role().wireName(), invitation.clientRef());
    }

    private Invitation loadManageable(Actor actor, InvitationId id) {
        actor.require(Permission.STAFF_MANAGE);
        return invitations.findById(actor.workspaceId(), id).orElseThrow(() -> new NotFoundException("invitation"));
    }
}
