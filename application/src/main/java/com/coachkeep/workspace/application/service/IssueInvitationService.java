package com.coachkeep.workspace.application.service;

import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.shared.application.AppLinks;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.workspace.application.port.in.EmailBranding;
import com.coachkeep.workspace.application.port.in.IssueInvitationUseCase;
import com.coachkeep.workspace.application.port.out.InvitationRepository;
import com.coachkeep.workspace.application.port.out.PersonRepository;
import com.coachkeep.workspace.application.port.out.WorkspaceRepository;
import com.coachkeep.workspace.domain.Invitation;
import com.coachkeep.workspace.domain.InvitationId;
import com.coachkeep.workspace.domain.InvitationToken;
import com.coachkeep.workspace.domain.Role;
import com.coachkeep.workspace.domain.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues invitations (staff and client alike) and sends their email: the only place that sees an invitation
 * secret in clear, which then leaves in the email and nowhere else.
 */
@ApplicationScoped
@Transactional
public class IssueInvitationService implements IssueInvitationUseCase {
    private final InvitationRepository invitations;
    private final WorkspaceRepository workspaces;
    private final PersonRepository people;
    private final MailPort mail;
    private final AppLinks links;
    private final Clock clock;

    @Inject
    public IssueInvitationService(InvitationRepository invitations, WorkspaceRepository workspaces, PersonRepository people,
            MailPort mail, AppLinks links, Clock clock) {
        this.invitations = invitations;
        this.workspaces = workspaces;
        this.people = people;
        this.mail = mail;
        this.links = links;
        this.clock = clock;
    }

    protected IssueInvitationService() {
        this(null, null, null, null, null, null);
    }

    @Override
    public Invitation issue(WorkspaceId workspaceId, EmailAddress email, Role role, UUID clientRef, PersonId invitedBy) {
        Invitation.Issued issued = Invitation.issue(workspaceId, email, role, clientRef, invitedBy, clock.instant());
        invitations.add(issued.invitation());
        send(issued.invitation(), issued.token());
        return issued.invitation();
    }

    @Override
    public Invitation resend(WorkspaceId workspaceId, InvitationId invitationId) {
        return resend(invitations.findById(workspaceId, invitationId).orElseThrow(() -> new NotFoundException("invitation")));
    }

    public Invitation resend(Invitation invitation) {
        InvitationToken token = invitation.renew(clock.instant());
        invitations.update(invitation);
        send(invitation, token);
        return invitation;
    }

    /**
     * Queues the invitation email in the use case's transaction. Its idempotency key names the invitation and
     * the link's hash, so a retry of the same issue or resend queues nothing new, while a resend (a new link)
     * is a new email.
     */
    private void send(Invitation invitation, InvitationToken token) {
        Optional<Workspace> workspace = workspaces.findById(invitation.workspaceId());
        MailPort.Branding branding = workspace.map(w -> EmailBranding.of(w.settings())).orElseGet(MailPort.Branding::platform);
        Locale locale = workspace.map(w -> w.settings().locale()).orElse(Locale.ENGLISH);
        String inviter = people.findById(invitation.invitedBy())
                .map(p -> p.displayName() != null ? p.displayName() : p.email() != null ? p.email().value() : null)
                .orElse(null);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("workspaceName", branding.name());
        if (inviter != null) {
            model.put("inviterName", inviter);
        }
        model.put("role", invitation.role().wireName());
        model.put("acceptUrl", links.invitation(token.value()));
        model.put("email", invitation.email().value());
        model.put("expiresAt", DateTimeFormatter.ISO_INSTANT.format(invitation.expiresAt()));
        EmailTemplate template = invitation.role() == Role.CLIENT ? EmailTemplate.CLIENT_INVITATION : EmailTemplate.STAFF_INVITATION;
        String key = "invitation:" + invitation.id() + ":" + invitation.tokenHash().substring(0, 16);
        mail.enqueue(new MailPort.Email(template, MailPort.Recipient.of(invitation.email()), invitation.workspaceId(), locale,
                branding, model, key));
    }
}
