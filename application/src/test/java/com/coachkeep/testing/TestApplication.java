package com.coachkeep.testing;

import com.coachkeep.notification.application.service.DeliverQueuedEmailsService;
import com.coachkeep.notification.application.service.NotificationPreferencesService;
import com.coachkeep.notification.application.service.GetOutboxStatusService;
import com.coachkeep.notification.domain.RetryPolicy;
import com.coachkeep.roster.application.port.in.ClientView;
import com.coachkeep.roster.application.port.in.InviteClientCommand;
import com.coachkeep.roster.application.service.ClientService;
import com.coachkeep.roster.application.service.CoachNoteService;
import com.coachkeep.roster.application.service.VisibleClients;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.application.Patch;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.audit.application.service.AuditChainService;
import com.coachkeep.testing.fakes.FakeAuditCheckpoints;
import com.coachkeep.testing.fakes.FakeAuditEventRepository;
import com.coachkeep.testing.fakes.FakeAppLinks;
import com.coachkeep.testing.fakes.FakeClientRepository;
import com.coachkeep.testing.fakes.FakeCoachNoteRepository;
import com.coachkeep.testing.fakes.FakeCustomRoleRepository;
import com.coachkeep.testing.fakes.FakeInvitationRepository;
import com.coachkeep.testing.fakes.FakeMembershipRepository;
import com.coachkeep.testing.fakes.FakePersonRepository;
import com.coachkeep.testing.fakes.FakeWorkspaceRepository;
import com.coachkeep.testing.fakes.MutableClock;
import com.coachkeep.testing.fakes.FakeEmailDelivery;
import com.coachkeep.testing.fakes.FakeNotificationPreferenceRepository;
import com.coachkeep.testing.fakes.FakeOutbox;
import com.coachkeep.workspace.application.port.in.AcceptInvitationCommand;
import com.coachkeep.workspace.application.port.in.CreateWorkspaceCommand;
import com.coachkeep.workspace.application.port.in.IdentifyCallerCommand;
import com.coachkeep.workspace.application.port.in.InviteStaffCommand;
import com.coachkeep.workspace.application.port.in.UpdateWorkspaceCommand;
import com.coachkeep.workspace.application.port.in.WorkspaceView;
import com.coachkeep.workspace.application.service.CustomRoleService;
import com.coachkeep.workspace.application.service.ResolveActorService;
import com.coachkeep.testing.fakes.SynchronousEvent;
import com.coachkeep.workspace.application.port.in.InvitationAcceptedEvent;
import com.coachkeep.workspace.application.service.IssueInvitationService;
import com.coachkeep.workspace.application.service.IdentifyCallerService;
import com.coachkeep.workspace.application.service.PersonProvisioning;
import com.coachkeep.workspace.application.service.InvitationService;
import com.coachkeep.workspace.application.service.MembershipService;
import com.coachkeep.workspace.application.service.WorkspaceService;
import com.coachkeep.workspace.domain.Role;
import java.time.Instant;
import java.util.List;

/**
 * The application's services wired to in-memory fakes of every outgoing port, plus short-hands for the steps
 * most tests start from (signing in, founding a workspace, bringing staff and clients in through real
 * invitations).
 */
public final class TestApplication {
    public static final String ISSUER = "https://idp.coachkeep.test";
    public static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

    public final MutableClock clock;
    public final FakePersonRepository people = new FakePersonRepository();
    public final FakeWorkspaceRepository workspaces = new FakeWorkspaceRepository();
    public final FakeMembershipRepository memberships = new FakeMembershipRepository(people);
    public final FakeInvitationRepository invitations = new FakeInvitationRepository();
    public final FakeClientRepository clients = new FakeClientRepository();
    public final FakeCoachNoteRepository notes = new FakeCoachNoteRepository();
    public final FakeCustomRoleRepository customRoles = new FakeCustomRoleRepository();
    /** The outbox: what use cases queue ({@code mail.sent()}), and what delivery claims. */
    public final FakeOutbox mail;
    public final FakeEmailDelivery delivery = new FakeEmailDelivery();
    public final FakeNotificationPreferenceRepository preferences = new FakeNotificationPreferenceRepository();
    public final FakeAppLinks links = new FakeAppLinks();
    public final FakeAuditEventRepository auditEvents = new FakeAuditEventRepository();
    public final FakeAuditCheckpoints auditCheckpoints = new FakeAuditCheckpoints();
    public final AuditChainService audit;

    public final IdentifyCallerService callers;
    public final ResolveActorService identity;
    public final WorkspaceService workspaceService;
    public final IssueInvitationService issuer;
    public final ClientService roster;
    /** The active clients the workspace's plan allows (billing's answer to the roster); no limit unless a test sets one. */
    public long activeClientLimit = Long.MAX_VALUE;
    public final CoachNoteService coachNotes;
    public final InvitationService staff;
    public final MembershipService staffMembers;
    public final CustomRoleService roles;
    public final NotificationPreferencesService notificationPreferences;
    public final DeliverQueuedEmailsService emailDelivery;
    public final GetOutboxStatusService outboxStatus;

    private TestApplication(Instant start) {
        clock = new MutableClock(start);
        mail = new FakeOutbox(clock);
        audit = new AuditChainService(auditEvents, auditCheckpoints, java.util.Optional::empty, clock);
        callers = new IdentifyCallerService(people, new PersonProvisioning(people, clock));
        identity = new ResolveActorService(memberships, workspaces, customRoles, people, callers);
        workspaceService = new WorkspaceService(workspaces, memberships, people, audit, clock);
        issuer = new IssueInvitationService(invitations, workspaces, people, mail, links, clock);
        VisibleClients visibleClients = new VisibleClients(clients, workspaces);
        roster = new ClientService(clients, visibleClients, memberships, issuer, invitations, audit, clock, (actor, activeAfter) -> {
            if (activeAfter > activeClientLimit) {
                throw new com.coachkeep.shared.application.ConflictException("plan-limit-reached", "the plan allows " + activeClientLimit);
            }
        }, new SynchronousEvent<com.coachkeep.roster.application.port.in.ClientArchivingEvent>());
        coachNotes = new CoachNoteService(notes, visibleClients, clock);
        staff = new InvitationService(memberships, invitations, people, issuer,
                new SynchronousEvent<InvitationAcceptedEvent>().observedBy(roster::link), audit, clock);
        staffMembers = new MembershipService(memberships, people, customRoles, audit, clock);
        roles = new CustomRoleService(customRoles, memberships, audit, clock);
        notificationPreferences = new NotificationPreferencesService(preferences, clock);
        // jitter fixed at the middle of its range, so retry times are predictable
        emailDelivery = new DeliverQueuedEmailsService(mail, preferences, delivery, RetryPolicy.STANDARD, clock, () -> 0.5);
        outboxStatus = new GetOutboxStatusService(mail, clock);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static TestApplication create() {
        return builder().build();
    }

    public static final class Builder {
        private Instant start = START;

        public Builder startingAt(Instant start) {
            this.start = start;
            return this;
        }

        public TestApplication build() {
            return new TestApplication(start);
        }
    }

    /** Signs in as {@code name} with the verified address {@link #emailOf}. */
    public Caller signIn(String name) {
        return signIn(name, emailOf(name), true);
    }

    public Caller signIn(String subject, String email, boolean emailVerified) {
        return callers.identify(new IdentifyCallerCommand(ISSUER, subject, IdentifyCallerCommand.emailOrNull(email),
                emailVerified, null, clock.instant(), false));
    }

    /** Signs in as {@code name} with a second factor (the token's {@code amr} names one). */
    public Caller signInWithMultiFactor(String name) {
        return callers.identify(new IdentifyCallerCommand(ISSUER, name, IdentifyCallerCommand.emailOrNull(emailOf(name)),
                true, null, clock.instant(), true));
    }

    /** {@code name@example.com}, lower case, spaces turned into dots. */
    public static String emailOf(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.com";
    }

    public WorkspaceView foundWorkspace(Caller owner, String name) {
        return workspaceService.create(owner, CreateWorkspaceCommand.of(name, "Europe/Berlin", "EUR", "en", null));
    }

    /** Signs in as {@code ownerName}, founds a workspace and returns the owner's actor in it. */
    public Actor ownerOfNewWorkspace(String ownerName, String workspaceName) {
        Caller owner = signIn(ownerName);
        return actor(owner, foundWorkspace(owner, workspaceName).id());
    }

    public Actor actor(Caller caller, WorkspaceId workspaceId) {
        return identity.resolve(caller, workspaceId);
    }

    /** The token in the latest invitation email queued to this address. */
    public String invitationTokenSentTo(String email) {
        MailPort.Email last = mail.lastTo(email);
        return FakeAppLinks.invitationTokenIn((String) last.model().get("acceptUrl"));
    }

    /** Invites {@code name} as staff, lets them sign in and accept, and returns their actor. */
    public Actor joinAsStaff(Actor inviter, String name, Role role) {
        staff.invite(inviter, InviteStaffCommand.of(emailOf(name), role.wireName()));
        return accept(name, inviter.workspaceId());
    }

    /** Puts {@code name} on the roster as a client (assigned to {@code coach}, or as the inviter decides). */
    public ClientView addClient(Actor inviter, String name, MembershipId coach) {
        return roster.invite(inviter, InviteClientCommand.of(name, emailOf(name), coach == null ? null : coach.toString(),
                List.of()));
    }

    /** Puts {@code name} on the roster, lets them sign in and accept, and returns their actor. */
    public Actor joinAsClient(Actor inviter, String name, MembershipId coach) {
        addClient(inviter, name, coach);
        return accept(name, inviter.workspaceId());
    }

    private Actor accept(String name, WorkspaceId workspaceId) {
        Caller invitee = signIn(name);
        staff.accept(invitee, new AcceptInvitationCommand(invitationTokenSentTo(emailOf(name))));
        return actor(invitee, workspaceId);
    }

    public void letCoachesSeeAllClients(Actor owner) {
        workspaceService.update(owner, new UpdateWorkspaceCommand(Patch.absent(), Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.of(true), null));
    }
}
