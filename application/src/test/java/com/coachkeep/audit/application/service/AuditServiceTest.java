package com.coachkeep.audit.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.audit.application.port.in.AuditEventView;
import com.coachkeep.audit.application.port.in.AuditEventsQuery;
import com.coachkeep.audit.domain.AuditEvent;
import com.coachkeep.audit.domain.ChainReport;
import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.testing.fakes.FakeAuditCheckpoints;
import com.coachkeep.testing.fakes.FakeAuditEventRepository;
import com.coachkeep.testing.fakes.MutableClock;
import com.coachkeep.workspace.domain.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditServiceTest {
    final FakeAuditEventRepository events = new FakeAuditEventRepository();
    final FakeAuditCheckpoints checkpoints = new FakeAuditCheckpoints();
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    final AuditChainService audit = new AuditChainService(events, checkpoints, () -> Optional.of("req-42"), clock);
    final WorkspaceId ws = WorkspaceId.newId();
    final Actor owner = actor(ws, Role.OWNER);
    final Actor coach = actor(ws, Role.COACH);

    static Actor actor(WorkspaceId ws, Role role) {
        return new Actor(PersonId.newId(), ws, MembershipId.newId(), role.wireName(), role.isStaff(), role.permissions());
    }

    static AuditEventsQuery all() {
        return AuditEventsQuery.of(null, null, null, null, PageRequest.first(100));
    }

    @Test
    void eventsOfAWorkspaceFormOneChainWithTheRequestId() {
        audit.record(AuditRecord.of(owner, "staff.role_changed").target("membership", "m1").detail("to", "assistant"));
        clock.advance(Duration.ofSeconds(1));
        audit.record(AuditRecord.of(owner, "staff.removed").target("membership", "m1"));
        List<AuditEvent> chain = events.chains.get(ws);
        assertEquals(2, chain.size());
        assertEquals(chain.get(0).hash(), chain.get(1).previousHash());
        assertEquals("req-42", chain.get(1).entry().requestId());
        assertTrue(audit.verify(owner).intact());
    }

    @Test
    void onlyThoseAllowedReadTheTrailNewestFirst() {
        audit.record(AuditRecord.of(owner, "staff.invited"));
        audit.record(AuditRecord.of(coach, "client.invited"));
        List<AuditEventView> items = audit.list(owner, all()).items();
        assertEquals(List.of("client.invited", "staff.invited"), items.stream().map(AuditEventView::kind).toList());
        assertThrows(AccessDeniedException.class, () -> audit.list(coach, all()));
        assertThrows(AccessDeniedException.class, () -> audit.verify(coach));
    }

    @Test
    void filtersByActorFamilyAndTime() {
        audit.record(AuditRecord.of(owner, "staff.invited"));
        clock.advance(Duration.ofHours(1));
        audit.record(AuditRecord.of(coach, "client.invited"));
        audit.record(AuditRecord.of(owner, "staff.role_changed"));
        assertEquals(2, audit.list(owner, AuditEventsQuery.of(owner.personId().toString(), null, null, null, PageRequest.first(10))).items().size());
        assertEquals(2, audit.list(owner, AuditEventsQuery.of(null, "staff", null, null, PageRequest.first(10))).items().size());
        assertEquals(1, audit.list(owner, AuditEventsQuery.of(null, "staff.invited", null, null, PageRequest.first(10))).items().size());
        assertEquals(2, audit.list(owner, AuditEventsQuery.of(null, null, "2026-11-23T09:30:00Z", null, PageRequest.first(10))).items().size());
        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> AuditEventsQuery.of("nobody", "Staff!", "yesterday", null, PageRequest.first(10)));
        assertEquals(3, bad.violations().size(), bad.violations().toString());
    }

    @Test
    void aMembersRefusalGoesIntoTheirWorkspacesTrailAStrangersDoesNot() {
        audit.record(new com.coachkeep.shared.application.SecurityEvent(clock.instant(),
                com.coachkeep.shared.application.SecurityEvent.Kind.ACCESS_DENIED, coach.personId(), ws,
                "PATCH /api/v1/workspaces/{workspaceId}", "req-9", "workspace_manage"));
        audit.record(new com.coachkeep.shared.application.SecurityEvent(clock.instant(),
                com.coachkeep.shared.application.SecurityEvent.Kind.NOT_A_MEMBER, PersonId.newId(), ws,
                "GET /api/v1/workspaces/{workspaceId}", "req-10", null));
        audit.record(new com.coachkeep.shared.application.SecurityEvent(clock.instant(),
                com.coachkeep.shared.application.SecurityEvent.Kind.UNAUTHENTICATED, null, ws,
                "GET /api/v1/workspaces/{workspaceId}", "req-11", null));
        List<AuditEventView> items = audit.list(owner, all()).items();
        assertEquals(1, items.size());
        assertEquals("security.access_denied", items.get(0).kind());
        assertEquals(coach.personId().toString(), items.get(0).actorId());
        assertEquals("workspace_manage", items.get(0).details().get("missing"));
    }

    @Test
    void workspacesHaveSeparateChains() {
        WorkspaceId other = WorkspaceId.newId();
        audit.record(AuditRecord.of(owner, "staff.invited"));
        audit.record(AuditRecord.of(actor(other, Role.OWNER), "staff.invited"));
        assertEquals(1, events.chains.get(ws).get(0).sequence());
        assertEquals(1, events.chains.get(other).get(0).sequence());
        assertEquals(1, audit.list(owner, all()).items().size());
    }

    @Test
    void checkpointsAreSignedOnlyForChainsThatGrew() {
        audit.record(AuditRecord.of(owner, "staff.invited"));
        assertEquals(1, audit.checkpointAll());
        assertEquals(0, audit.checkpointAll());
        audit.record(AuditRecord.of(owner, "staff.removed"));
        assertEquals(1, audit.checkpointAll());
        assertEquals(2, checkpoints.latest(ws).orElseThrow().sequence());
    }

    @Test
    void aRewrittenChainFailsAgainstItsCheckpoint() {
        audit.record(AuditRecord.of(owner, "staff.invited"));
        audit.record(AuditRecord.of(owner, "staff.removed"));
        audit.checkpointAll();
        // someone with database access rebuilds a consistent chain without the removal
        events.chains.remove(ws);
        audit.record(AuditRecord.of(owner, "staff.invited"));
        ChainReport report = audit.verify(owner);
        assertFalse(report.intact());
        assertEquals(2L, report.firstBrokenSequence(), report.problem());
    }
}
