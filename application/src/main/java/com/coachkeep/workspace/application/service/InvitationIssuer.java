package com.coachkeep.workspace.application.service;

import com.coachkeep.shared.application.AppLinks;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.application.port.out.InvitationRepository;
import com.coachkeep.workspace.application.port.out.PersonRepository;
import com.coachkeep.workspace.application.port.out.WorkspaceRepository;
import com.coachkeep.workspace.domain.Invitation;
import com.coachkeep.workspace.domain.InvitationToken;
import com.coachkeep.workspace.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Issues invitations (staff and client alike) and sends their email: the only place that sees an invitation
 * secret in clear, which then leaves in the email and nowhere else.
 */
@ApplicationScoped
public class InvitationIssuer {
    private final InvitationRepository invitations;
    private final WorkspaceRepository workspaces;
    private final PersonRepository people;
    private final MailPort mail;
    private final AppLinks links;
    private final Clock clock;

    @Inject
    public InvitationIssuer(InvitationRepository invitations, WorkspaceRepository workspaces, PersonRepository people,
            MailPort mail, AppLinks links, Clock clock) {
        this.invitations = invitations;
        this.workspaces = workspaces;
        this.people = people;
        this.mail = mail;
        this.links = links;
        this.clock = clock;
    }

    protected InvitationIssuer() {
        this(null, null, null, null, null, null);
    }

    public Invitation issue(WorkspaceId workspaceId, EmailAddress email, Role role, UUID clientRef, PersonId invitedBy) {
        Invitation.Issued issued = Invitation.issue(workspaceId, email, role, clientRef, invitedBy, clock.instant());
        invitations.add(issued.invitation());
        send(issued.invitation(), issued.token());
        return issued.invitation();
    }

    public Invitation resend(Invitation invitation) {
        InvitationToken token = invitation.renew(clock.instant());
        invitations.update(invitation);
        send(invitation, token);
        return invitation;
    }

    private void send(Invitation invitation, InvitationToken token) {
        String workspaceName = workspaces.findById(invitation.workspaceId()).map(w -> w.settings().name()).orElse("Coachkeep");
        String inviter = people.findById(invitation.invitedBy())
                .map(p -> p.displayName() != null ? p.displayName() : p.email() != null ? p.email().value() : null)
                .orElse("Your coach");
        if (inviter == null) {
            inviter = "Your coach";
        }
        String as = invitation.role() == Role.CLIENT ? "as a client" : "as " + article(invitation.role()) + " " + invitation.role().wireName();
        String body = inviter + " invited you to join " + workspaceName + " on Coachkeep " + as + ".\n\n"
                + "Accept the invitation here:\n" + links.invitation(token.value()) + "\n\n"
                + "Sign in with this email address (" + invitation.email() + ") to accept. The link works once and expires on "
                + DateTimeFormatter.ISO_INSTANT.format(invitation.expiresAt()) + ".\n"
                + "If you did not expect this invitation, you can ignore this email.\n";
        String key = "invitation:" + invitation.id() + ":" + invitation.tokenHash().substring(0, 16);
        mail.send(new MailPort.Email(invitation.email(), "You're invited to " + workspaceName, body, key));
    }

    private static String article(Role role) {
        return role == Role.ASSISTANT ? "an" : "a";
    }
}
