package com.coachkeep.roster.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.roster.application.port.in.ClientView;
import com.coachkeep.roster.application.port.in.InviteClientCommand;
import com.coachkeep.roster.application.port.in.ListClientsQuery;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.testing.TestApplication;
import com.coachkeep.workspace.application.port.in.ChangeStaffRoleCommand;
import com.coachkeep.workspace.domain.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Who sees which client. The roster: Bea (coach Carl), Dan (coach Cleo), Eve (unassigned); Carl and Cleo are
 * coaches, Ada an assistant.
 */
class RosterVisibilityTest {
    private final TestApplication app = TestApplication.create();
    private Actor owner;
    private Actor carl;
    private Actor cleo;
    private Actor ada;
    private ClientView bea;
    private ClientView dan;
    private ClientView eve;

    @BeforeEach
    void roster() {
        owner = app.ownerOfNewWorkspace("Anna", "Iron Temple");
        carl = app.joinAsStaff(owner, "Carl", Role.COACH);
        cleo = app.joinAsStaff(owner, "Cleo", Role.COACH);
        ada = app.joinAsStaff(owner, "Ada", Role.ASSISTANT);
        bea = app.addClient(owner, "Bea", carl.membershipId());
        dan = app.addClient(owner, "Dan", cleo.membershipId());
        eve = app.addClient(owner, "Eve", null);
    }

    private List<String> namesSeenBy(Actor actor) {
        return app.roster.list(actor, ListClientsQuery.of(null, null, PageRequest.first(50))).items().stream()
                .map(ClientView::displayName).toList();
    }

    private Actor reResolve(String name) {
        return app.actor(app.signIn(name), owner.workspaceId());
    }

    @Test
    void ownerSeesEveryClient() {
        assertEquals(List.of("Bea", "Dan", "Eve"), namesSeenBy(owner));
        assertEquals("Eve", app.roster.get(owner, eve.id()).displayName());
    }

    @Test
    void coachSeesOnlyTheirAssignedClients() {
        assertEquals(List.of("Bea"), namesSeenBy(carl));
        assertEquals(List.of("Dan"), namesSeenBy(cleo));
        assertEquals("Bea", app.roster.get(carl, bea.id()).displayName());
        assertEquals("client", assertThrows(NotFoundException.class, () -> app.roster.get(carl, dan.id())).resource());
        assertThrows(NotFoundException.class, () -> app.roster.get(carl, eve.id()));
    }

    @Test
    void coachSeesEveryClientWhenTheOwnerAllowsIt() {
        app.letCoachesSeeAllClients(owner);

        assertEquals(List.of("Bea", "Dan", "Eve"), namesSeenBy(carl));
        assertEquals("Dan", app.roster.get(carl, dan.id()).displayName());
    }

    @Test
    void assistantWithNoAssignedClientsSeesNone() {
        assertEquals(List.of(), namesSeenBy(ada));
        assertThrows(NotFoundException.class, () -> app.roster.get(ada, bea.id()));
    }

    @Test
    void assistantSeesOnlyTheClientsAssignedToThem() {
        app.staffMembers.changeRole(owner, ChangeStaffRoleCommand.of(carl.membershipId(), "assistant"));
        Actor carlAsAssistant = reResolve("Carl");

        assertEquals("assistant", carlAsAssistant.roleName());
        assertEquals(List.of("Bea"), namesSeenBy(carlAsAssistant));
        assertThrows(NotFoundException.class, () -> app.roster.get(carlAsAssistant, dan.id()));
    }

    @Test
    void assistantStillSeesOnlyAssignedClientsWhenCoachesMaySeeAll() {
        app.letCoachesSeeAllClients(owner);

        assertEquals(List.of(), namesSeenBy(ada));
        assertThrows(NotFoundException.class, () -> app.roster.get(ada, dan.id()));
    }

    @Test
    void staffViewIncludesTheCoachsTags() {
        ClientView tagged = app.roster.invite(owner, InviteClientCommand.of(
                "Finn", "finn@example.com", null, List.of("Marathon", "vegan")));

        assertEquals(List.of("marathon", "vegan"), app.roster.get(owner, tagged.id()).tags());
    }

    @Test
    @Tag("promise:P-ISO-3")
    void clientSeesOnlyThemself() {
        Actor ben = app.joinAsClient(owner, "Ben", carl.membershipId());
        ClientView own = app.roster.getOwn(ben);

        ClientView viaGet = app.roster.get(ben, own.id());

        assertEquals("Ben", viaGet.displayName());
        assertNull(viaGet.tags());
        assertTrue(viaGet.joined());
        NotFoundException e = assertThrows(NotFoundException.class, () -> app.roster.get(ben, bea.id()));
        assertEquals("client", e.resource());
        assertThrows(NotFoundException.class, () -> app.roster.get(ben, eve.id()));
    }

    @Test
    @Tag("promise:P-ISO-3")
    void clientCannotListTheRoster() {
        Actor ben = app.joinAsClient(owner, "Ben", null);

        assertThrows(AccessDeniedException.class,
                () -> app.roster.list(ben, ListClientsQuery.of(null, null, PageRequest.first(10))));
    }

    @Test
    void getOwnReturnsTheClientsRecordWithoutTheCoachsTags() {
        Actor ben = app.joinAsClient(owner, "Ben", carl.membershipId());

        ClientView own = app.roster.getOwn(ben);

        assertEquals("Ben", own.displayName());
        assertEquals("ben@example.com", own.email());
        assertEquals(carl.membershipId(), own.assignedCoachId());
        assertNull(own.tags());
    }

    @Test
    void staffHaveNoOwnClientRecord() {
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> app.roster.getOwn(carl));

        assertEquals(Permission.SELF_READ, e.permission());
    }

    @Test
    void unknownClientIsNotFound() {
        assertThrows(NotFoundException.class,
                () -> app.roster.get(owner, ClientId.newId()));
    }

    @Test
    void staffViewNamesTheAssignedCoach() {
        ClientView view = app.roster.get(owner, bea.id());

        assertEquals(carl.membershipId(), view.assignedCoachId());
        assertNotNull(view.tags());
    }
}
