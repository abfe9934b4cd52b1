package com.coachkeep.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {
    private static final WorkspaceId WS = WorkspaceId.newId();
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00.123456789Z");

    static AuditEntry entry(String action, String target) {
        return new AuditEntry(WS, AuditActor.person(UUID.randomUUID().toString()), action, "membership", target, null,
                "req-1", Map.of("from", "coach", "to", "assistant"));
    }

    static List<AuditEvent> chain(int n) {
        List<AuditEvent> events = new ArrayList<>();
        ChainHead head = ChainHead.empty(WS);
        for (int i = 0; i < n; i++) {
            AuditEvent e = AuditChain.append(head, entry("staff.role_changed", "m" + i), UUID.randomUUID(), T0.plusSeconds(i));
            events.add(e);
            head = new ChainHead(WS, e.sequence(), e.hash());
        }
        return events;
    }

    static ChainReport verify(List<AuditEvent> events, Checkpoint checkpoint) {
        ChainVerifier v = new ChainVerifier(WS, checkpoint);
        for (AuditEvent e : events) {
            if (!v.accept(e)) {
                break;
            }
        }
        return v.finish();
    }

    @Test
    void anUntouchedChainIsIntact() {
        List<AuditEvent> events = chain(50);
        ChainReport report = verify(events, Checkpoint.of(new ChainHead(WS, 50, events.get(49).hash()), T0));
        assertTrue(report.intact(), report.problem());
        assertEquals(50, report.eventsChecked());
        assertNull(report.firstBrokenSequence());
        assertEquals(1, events.get(0).sequence());
        assertEquals(AuditChain.GENESIS, events.get(0).previousHash());
        assertEquals(T0.truncatedTo(java.time.temporal.ChronoUnit.MICROS), events.get(0).occurredAt());
    }

    @Test
    void anAlteredEventIsTheFirstBrokenLink() {
        List<AuditEvent> events = chain(10);
        AuditEvent original = events.get(4);
        AuditEntry changed = new AuditEntry(WS, original.entry().actor(), original.entry().action(), "membership",
                original.entry().targetId(), null, "req-1", Map.of("from", "coach", "to", "owner"));
        events.set(4, new AuditEvent(original.id(), original.sequence(), original.occurredAt(), changed,
                original.previousHash(), original.hash()));
        ChainReport report = verify(events, null);
        assertFalse(report.intact());
        assertEquals(5L, report.firstBrokenSequence());
        assertTrue(report.problem().contains("content"), report.problem());
    }

    @Test
    void aRemovedEventIsReportedAsMissing() {
        List<AuditEvent> events = chain(10);
        events.remove(6);
        ChainReport report = verify(events, null);
        assertFalse(report.intact());
        assertEquals(7L, report.firstBrokenSequence());
        assertTrue(report.problem().contains("missing"), report.problem());
    }

    @Test
    void anInsertedEventBreaksTheLinkAfterIt() {
        List<AuditEvent> events = chain(10);
        // a forged event placed in sequence 4 with a self-consistent hash, the real 4.. shifted would not match
        AuditEvent forged = AuditChain.append(new ChainHead(WS, 3, events.get(2).hash()), entry("staff.removed", "x"),
                UUID.randomUUID(), T0);
        List<AuditEvent> tampered = new ArrayList<>(events.subList(0, 3));
        tampered.add(forged);
        tampered.addAll(events.subList(3, 10));
        ChainReport report = verify(tampered, null);
        assertFalse(report.intact());
        // the forged event is self-consistent; the genuine event 4 after it is where the chain breaks
        assertEquals(5L, report.firstBrokenSequence(), report.problem());
        assertTrue(report.problem().contains("again"), report.problem());
    }

    @Test
    void aRewrittenChainIsCaughtByTheSignedCheckpoint() {
        List<AuditEvent> events = chain(10);
        Checkpoint signed = Checkpoint.of(new ChainHead(WS, 8, events.get(7).hash()), T0);
        List<AuditEvent> rewritten = chain(10); // internally consistent, but not the chain that was signed
        ChainReport report = verify(rewritten, signed);
        assertFalse(report.intact());
        assertEquals(8L, report.firstBrokenSequence());
        assertTrue(report.problem().contains("rewritten"), report.problem());
    }

    @Test
    void aTruncatedChainIsCaughtByTheSignedCheckpoint() {
        List<AuditEvent> events = chain(10);
        Checkpoint signed = Checkpoint.of(new ChainHead(WS, 10, events.get(9).hash()), T0);
        ChainReport report = verify(events.subList(0, 7), signed);
        assertFalse(report.intact());
        assertEquals(8L, report.firstBrokenSequence());
    }

    @Test
    void everyFieldIsCoveredByTheHash() {
        AuditEvent e = chain(1).get(0);
        AuditEntry x = e.entry();
        String base = AuditChain.hashOf(e);
        List<AuditEntry> variants = List.of(
                new AuditEntry(x.workspaceId(), AuditActor.anonymous(), x.action(), x.targetType(), x.targetId(), x.reason(), x.requestId(), x.details()),
                new AuditEntry(x.workspaceId(), x.actor(), "staff.removed", x.targetType(), x.targetId(), x.reason(), x.requestId(), x.details()),
                new AuditEntry(x.workspaceId(), x.actor(), x.action(), "client", x.targetId(), x.reason(), x.requestId(), x.details()),
                new AuditEntry(x.workspaceId(), x.actor(), x.action(), x.targetType(), "other", x.reason(), x.requestId(), x.details()),
                new AuditEntry(x.workspaceId(), x.actor(), x.action(), x.targetType(), x.targetId(), "because", x.requestId(), x.details()),
                new AuditEntry(x.workspaceId(), x.actor(), x.action(), x.targetType(), x.targetId(), x.reason(), "req-2", x.details()),
                new AuditEntry(x.workspaceId(), x.actor(), x.action(), x.targetType(), x.targetId(), x.reason(), x.requestId(), Map.of("from", "coach")),
                new AuditEntry(AuditEntry.PLATFORM, x.actor(), x.action(), x.targetType(), x.targetId(), x.reason(), x.requestId(), x.details()));
        for (AuditEntry v : variants) {
            assertNotEquals(base, AuditChain.hash(e.id(), e.sequence(), e.occurredAt(), v, e.previousHash()), v.toString());
        }
        assertNotEquals(base, AuditChain.hash(e.id(), 2, e.occurredAt(), x, e.previousHash()));
        assertNotEquals(base, AuditChain.hash(e.id(), 1, e.occurredAt().plusNanos(1000), x, e.previousHash()));
        // "ab"+"c" and "a"+"bc" must not encode alike
        AuditEntry ab = new AuditEntry(WS, x.actor(), x.action(), "ab", "c", null, null, Map.of());
        AuditEntry a = new AuditEntry(WS, x.actor(), x.action(), "a", "bc", null, null, Map.of());
        assertNotEquals(AuditChain.hash(e.id(), 1, T0, ab, AuditChain.GENESIS), AuditChain.hash(e.id(), 1, T0, a, AuditChain.GENESIS));
    }

    @Test
    void blankDetailsAreLeftOut() {
        AuditEntry e = new AuditEntry(WS, AuditActor.anonymous(), "workspace.settings_changed", null, null, null, null,
                java.util.Collections.singletonMap("fields", ""));
        assertTrue(e.details().isEmpty());
    }

    @Test
    void entriesRejectMalformedActionsAndKeys() {
        AuditActor actor = AuditActor.anonymous();
        assertThrows(IllegalArgumentException.class, () -> new AuditEntry(WS, actor, "Staff Removed", null, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new AuditEntry(WS, actor, "staff", null, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new AuditEntry(WS, actor, "staff.removed", null, null, null, null, Map.of("bad key", "v")));
        assertThrows(IllegalArgumentException.class, () -> AuditChain.append(ChainHead.empty(WorkspaceId.newId()),
                new AuditEntry(WS, actor, "staff.removed", null, null, null, null, null), UUID.randomUUID(), T0));
    }
}
