package com.coachkeep.audit.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.audit.application.port.in.AuditEventView;
import com.coachkeep.audit.application.port.in.AuditEventsQuery;
import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.testing.TestApplication;
import com.coachkeep.workspace.application.port.in.ChangeStaffRoleCommand;
import com.coachkeep.workspace.domain.Role;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The security-relevant actions of today's use cases each leave one event in the workspace's chain. */
@Tag("promise:P-LOG-1")
class AuditedActionsTest {
    private final TestApplication app = TestApplication.create();

    private List<AuditEventView> trail(Actor owner) {
        List<AuditEventView> newestFirst = new java.util.ArrayList<>(
                app.audit.list(owner, AuditEventsQuery.of(null, null, null, null, PageRequest.first(100))).items());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    @Test
    void staffLifecycleIsRecordedInOrderWithWhoAndWhat() {
        Actor owner = app.ownerOfNewWorkspace("Anna", "Iron Temple");
        Actor coach = app.joinAsStaff(owner, "Carl", Role.COACH);
        app.staffMembers.changeRole(owner, ChangeStaffRoleCommand.of(coach.membershipId(), "assistant"));
        app.staffMembers.remove(owner, coach.membershipId());

        List<AuditEventView> events = trail(owner);
        assertEquals(List.of("workspace.created", "staff.invited", "invitation.accepted", "staff.role_changed", "staff.removed"),
                events.stream().map(AuditEventView::kind).toList());
        AuditEventView change = events.get(3);
        assertEquals(owner.personId().toString(), change.actorId());
        assertEquals("membership", change.targetType());
        assertEquals(coach.membershipId().toString(), change.targetId());
        assertEquals("coach", change.details().get("from"));
        assertEquals("assistant", change.details().get("to"));
        assertEquals(coach.personId().toString(), events.get(2).actorId(), "the invitee accepted");
        assertTrue(app.audit.verify(owner).intact());
    }

    @Test
    void aDeniedActionChangesNothingAndRecordsNoChange() {
        Actor owner = app.ownerOfNewWorkspace("Anna", "Iron Temple");
        Actor coach = app.joinAsStaff(owner, "Carl", Role.COACH);
        Actor assistant = app.joinAsStaff(owner, "Ada", Role.ASSISTANT);
        int before = trail(owner).size();
        assertThrows(AccessDeniedException.class,
                () -> app.staffMembers.changeRole(assistant, ChangeStaffRoleCommand.of(coach.membershipId(), "assistant")));
        assertEquals(before, trail(owner).size());
    }

    @Test
    void rosterChangesThatDecideWhoSeesAClientAreRecorded() {
        Actor owner = app.ownerOfNewWorkspace("Anna", "Iron Temple");
        Actor coach = app.joinAsStaff(owner, "Carl", Role.COACH);
        var client = app.addClient(owner, "Cleo", coach.membershipId());
        app.roster.revokeAccess(owner, client.id());
        List<String> kinds = trail(owner).stream().map(AuditEventView::kind).toList();
        assertTrue(kinds.containsAll(List.of("client.invited", "client.access_revoked")), kinds.toString());
    }
}
