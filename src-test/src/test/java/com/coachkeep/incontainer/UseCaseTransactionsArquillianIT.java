package com.coachkeep.incontainer;

import static com.coachkeep.incontainer.Fixtures.now;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.roster.application.port.in.ClientView;
import com.coachkeep.roster.application.port.in.InviteClientCommand;
import com.coachkeep.roster.application.port.in.InviteClientUseCase;
import com.coachkeep.roster.application.port.in.ListClientsQuery;
import com.coachkeep.roster.application.port.in.ListClientsUseCase;
import com.coachkeep.roster.application.service.ClientService;
import com.coachkeep.roster.domain.Client;
import com.coachkeep.roster.domain.ClientStatus;
import com.coachkeep.roster.domain.Tags;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.application.port.in.AcceptInvitationCommand;
import com.coachkeep.workspace.application.port.in.AcceptInvitationUseCase;
import com.coachkeep.workspace.application.port.in.CreateWorkspaceCommand;
import com.coachkeep.workspace.application.port.in.CreateWorkspaceUseCase;
import com.coachkeep.workspace.application.port.in.GetMeUseCase;
import com.coachkeep.workspace.application.port.in.IdentifyCallerCommand;
import com.coachkeep.workspace.application.port.in.IdentifyCallerUseCase;
import com.coachkeep.workspace.application.port.in.InvitationView;
import com.coachkeep.workspace.application.port.in.InviteStaffCommand;
import com.coachkeep.workspace.application.port.in.InviteStaffUseCase;
import com.coachkeep.workspace.application.port.in.ListInvitationsUseCase;
import com.coachkeep.workspace.application.port.in.MeView;
import com.coachkeep.workspace.application.port.in.ResolveActorUseCase;
import com.coachkeep.workspace.application.port.in.WorkspaceView;
import com.coachkeep.workspace.application.service.IdentifyCallerService;
import com.coachkeep.workspace.application.service.InvitationService;
import com.coachkeep.workspace.application.service.ResolveActorService;
import com.coachkeep.workspace.application.service.WorkspaceService;
import com.coachkeep.workspace.domain.Invitation;
import com.coachkeep.workspace.domain.Membership;
import com.coachkeep.workspace.domain.Person;
import com.coachkeep.workspace.domain.Role;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The use cases as the container wires them: CDI resolves every port to its service and adapter, and each service
 * call is one JTA transaction (jakarta.transaction.Transactional) that commits as a whole or not at all.
 */
@ExtendWith(ArquillianExtension.class)
public class UseCaseTransactionsArquillianIT {

    @Deployment
    public static WebArchive deployment() {
        return TestDeployment.war("use-case-transactions-it");
    }

    @Inject
    Fixtures fixtures;
    @Inject
    IdentifyCallerUseCase identifyCaller;
    @Inject
    ResolveActorUseCase resolveActor;
    @Inject
    CreateWorkspaceUseCase createWorkspace;
    @Inject
    GetMeUseCase getMe;
    @Inject
    InviteStaffUseCase inviteStaff;
    @Inject
    ListInvitationsUseCase listInvitations;
    @Inject
    AcceptInvitationUseCase acceptInvitation;
    @Inject
    InviteClientUseCase inviteClient;
    @Inject
    ListClientsUseCase listClients;

    @Test
    public void useCasesAreServedByTheApplicationServicesThroughTheRealAdapters() throws IOException, InterruptedException {
        assertInstanceOf(IdentifyCallerService.class, identifyCaller);
        assertInstanceOf(ResolveActorService.class, resolveActor);
        assertInstanceOf(WorkspaceService.class, createWorkspace);
        assertInstanceOf(WorkspaceService.class, getMe);
        assertInstanceOf(InvitationService.class, inviteStaff);
        assertInstanceOf(InvitationService.class, listInvitations);
        assertInstanceOf(InvitationService.class, acceptInvitation);
        assertInstanceOf(ClientService.class, inviteClient);
        assertInstanceOf(ClientService.class, listClients);

        String subject = UUID.randomUUID().toString();
        Caller caller = identifyCaller.identify(new IdentifyCallerCommand(Fixtures.ISSUER, subject,
                Fixtures.email("founder"), true, "Wired Founder", now(), true));
        assertEquals(caller.personId(), identifyCaller.identify(new IdentifyCallerCommand(Fixtures.ISSUER, subject,
                caller.email(), true, "Wired Founder", now(), true)).personId(), "a known caller is recognised");
        WorkspaceView workspace = createWorkspace.create(caller,
                CreateWorkspaceCommand.of("Wired Studio", "Europe/Vienna", "EUR", "de", null));
        Actor owner = resolveActor.resolve(caller, workspace.id());
        assertEquals("owner", owner.roleName());

        String coachEmail = Fixtures.email("coach").value();
        InvitationView invited = inviteStaff.invite(owner, InviteStaffCommand.of(coachEmail, "coach"));
        assertEquals(List.of(invited.id()), listInvitations.listPending(owner, PageRequest.first(10)).items().stream()
                .map(InvitationView::id).toList());
        assertTrue(awaitMailTo(coachEmail).contains("/invitations/"),
                "the invitation email was queued with the use case and delivered by the outbox worker");

        ClientView client = inviteClient.invite(owner, InviteClientCommand.of("Wired Client", Fixtures.email("client").value(),
                null, List.of("new")));
        assertEquals(List.of(client.id()), listClients.list(owner, ListClientsQuery.of(null, null, PageRequest.first(10)))
                .items().stream().map(ClientView::id).toList());
        assertEquals(2, listInvitations.listPending(owner, PageRequest.first(10)).items().size());

        MeView me = getMe.me(caller);
        assertEquals(List.of(workspace.id()), me.memberships().stream().map(MeView.MembershipSummary::workspaceId).toList());
    }

    @Test
    public void aUseCaseCalledWithoutATransactionCommitsItsOwn() {
        Person founder = fixtures.person("founder");
        WorkspaceView created = createWorkspace.create(callerOf(founder), CreateWorkspaceCommand.of("Committed Studio",
                "Europe/Berlin", "EUR", "en", null));

        Db db = Db.in(created.id());
        assertEquals(1, db.countRows("select count(*) from workspace where id = ?", created.id().value()));
        assertEquals(1, db.countRows("select count(*) from membership where workspace_id = ? and person_id = ? and role = 'OWNER'",
                created.id().value(), founder.id().value()));
    }

    @Test
    public void aUseCaseCalledInsideATransactionJoinsIt() throws Exception {
        Person founder = fixtures.person("founder");
        UserTransaction transaction = Tx.lookup().userTransaction();
        transaction.begin();
        WorkspaceView created;
        try {
            created = createWorkspace.create(callerOf(founder), CreateWorkspaceCommand.of("Rolled Back Studio",
                    "Europe/Berlin", "EUR", "en", null));
            assertEquals(Status.STATUS_ACTIVE, transaction.getStatus());
        } finally {
            transaction.rollback();
        }

        Db db = Db.in(created.id());
        assertEquals(0, db.countRows("select count(*) from workspace where id = ?", created.id().value()));
        assertEquals(0, db.countRows("select count(*) from membership where workspace_id = ?", created.id().value()));
    }

    @Test
    public void acceptingAnInvitationStoresTheAcceptanceTheMembershipAndTheClientLinkTogether() {
        Person owner = fixtures.person("owner");
        WorkspaceId wa = fixtures.workspace(owner).workspace().id();
        Person invitee = fixtures.person("invitee");
        Client entry = fixtures.client(wa, "Joining Client", invitee.email(), null, null, ClientStatus.ACTIVE, Tags.none(), now());
        Invitation.Issued invitation = fixtures.invitation(wa, invitee.email(), Role.CLIENT, entry.id().value(), owner.id(), now());

        AcceptInvitationUseCase.Accepted accepted = acceptInvitation.accept(callerOf(invitee),
                new AcceptInvitationCommand(invitation.token().value()));

        assertEquals(wa, accepted.workspaceId());
        assertEquals("client", accepted.role());
        assertEquals(entry.id().value(), accepted.clientId());
        assertEquals(List.of("ACCEPTED", invitee.id().value()), invitationState(invitation.invitation()));
        assertEquals(List.of(accepted.membershipId().value()), membershipsOf(wa, invitee));
        assertEquals(invitee.id().value(), Db.in(wa).single("select person_id from client where id = ?", entry.id().value()));
    }

    /**
     * The acceptance of a client invitation writes the invitation and the new membership, then links the roster
     * entry, which here already belongs to someone else: the whole use case rolls back, nothing of it remains.
     */
    @Test
    public void aUseCaseFailingAfterItsFirstWritesLeavesNoneOfThem() {
        Person owner = fixtures.person("owner");
        WorkspaceId wa = fixtures.workspace(owner).workspace().id();
        Person invitee = fixtures.person("invitee");
        Person someoneElse = fixtures.person("someone-else");
        Client taken = fixtures.client(wa, "Taken Client", invitee.email(), someoneElse.id(), null, ClientStatus.ACTIVE,
                Tags.none(), now());
        Invitation.Issued invitation = fixtures.invitation(wa, invitee.email(), Role.CLIENT, taken.id().value(), owner.id(), now());

        Client.ClientRuleException rejected = assertThrows(Client.ClientRuleException.class,
                () -> acceptInvitation.accept(callerOf(invitee), new AcceptInvitationCommand(invitation.token().value())));

        assertEquals("client-already-linked", rejected.code());
        assertEquals(List.of("PENDING"), invitationState(invitation.invitation()));
        assertEquals(List.of(), membershipsOf(wa, invitee));
        assertEquals(someoneElse.id().value(), Db.in(wa).single("select person_id from client where id = ?", taken.id().value()));
    }

    /** The invitation is marked accepted before the membership check fails; that acceptance is never stored. */
    @Test
    public void acceptingAsAnExistingMemberIsRejectedAndLeavesTheInvitationPending() {
        Person owner = fixtures.person("owner");
        WorkspaceId wa = fixtures.workspace(owner).workspace().id();
        Person member = fixtures.person("member");
        Membership existing = fixtures.member(wa, member, Role.ASSISTANT, now());
        Invitation.Issued invitation = fixtures.invitation(wa, member.email(), Role.COACH, null, owner.id(), now());

        ConflictException rejected = assertThrows(ConflictException.class,
                () -> acceptInvitation.accept(callerOf(member), new AcceptInvitationCommand(invitation.token().value())));

        assertEquals("already-member", rejected.code());
        assertEquals(List.of("PENDING"), invitationState(invitation.invitation()));
        assertEquals(List.of(existing.id().value()), membershipsOf(wa, member));
        assertEquals("ASSISTANT", Db.in(wa).single("select role from membership where id = ?", existing.id().value()));
    }

    @Test
    public void aUseCaseFailingInsideTheCallersTransactionMarksItForRollback() throws Exception {
        Person owner = fixtures.person("owner");
        WorkspaceId wa = fixtures.workspace(owner).workspace().id();
        Person member = fixtures.person("member");
        fixtures.member(wa, member, Role.COACH, now());
        Invitation.Issued invitation = fixtures.invitation(wa, member.email(), Role.ASSISTANT, null, owner.id(), now());
        UserTransaction transaction = Tx.lookup().userTransaction();

        transaction.begin();
        try {
            assertThrows(ConflictException.class,
                    () -> acceptInvitation.accept(callerOf(member), new AcceptInvitationCommand(invitation.token().value())));
            assertEquals(Status.STATUS_MARKED_ROLLBACK, transaction.getStatus());
        } finally {
            transaction.rollback();
        }
        assertEquals(List.of("PENDING"), invitationState(invitation.invitation()));
    }

    private static Caller callerOf(Person person) {
        return new Caller(person.id(), person.email(), person.emailVerified(), now(), true);
    }

    /** The stored status and, when accepted, who accepted. */
    private static List<Object> invitationState(Invitation invitation) {
        Object[] row = Db.in(invitation.workspaceId())
                .rows("select status, accepted_by, accepted_at from invitation where id = ?", invitation.id().value()).get(0);
        if (row[1] == null) {
            assertNull(row[2]);
            return List.of(row[0]);
        }
        return List.of(row[0], row[1]);
    }

    private static List<Object> membershipsOf(WorkspaceId workspace, Person person) {
        return Db.in(workspace).rows("select id from membership where workspace_id = ? and person_id = ?", workspace.value(),
                        person.id().value())
                .stream().map(r -> r[0]).toList();
    }

    /** The development mail adapter's messages to {@code address}, concatenated. */
    /**
     * Emails leave through the outbox after the commit: waits up to 15 seconds for one to the address (and for
     * the mail folder, which the first email creates).
     */
    private static String awaitMailTo(String address) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (true) {
            String found;
            try {
                found = mailTo(address);
            } catch (java.nio.file.NoSuchFileException noFolderYet) {
                found = "";
            }
            if (!found.isEmpty() || System.nanoTime() > deadline) {
                return found;
            }
            Thread.sleep(100);
        }
    }

    private static String mailTo(String address) throws IOException {
        Path folder = Path.of(ConfigProvider.getConfig().getValue("coachkeep.data.dir", String.class), "mail");
        StringBuilder found = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
                String message = Files.readString(file, StandardCharsets.UTF_8);
                if (message.contains("\r\nTo: " + address + "\r\n")) {
                    found.append(message);
                }
            }
        }
        return found.toString();
    }
}
