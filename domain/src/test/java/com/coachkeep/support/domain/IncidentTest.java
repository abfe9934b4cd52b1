package com.coachkeep.support.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Violation;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("promise:P-INC-1")
class IncidentTest {
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    static Incident incident() {
        return Incident.record(IncidentId.random(), "Delayed emails", "A misconfigured link exposed photos.", List.of("progress photos"),
                "Link closed, keys rotated.", "high", Set.of(new WorkspaceId(UUID.randomUUID())), NOW.minusSeconds(3600),
                "We are investigating.", NOW);
    }

    @Test
    void anIncidentOpensWithItsFirstPublicUpdateAndClosesWithItsLast() {
        Incident i = incident();
        assertTrue(i.open());
        assertEquals(1, i.updates().size());
        i.postUpdate("Fixed; monitoring.", NOW.plusSeconds(60));
        i.resolve("Resolved.", NOW.plusSeconds(120));
        assertFalse(i.open());
        assertEquals(3, i.updates().size());
        assertTrue(i.updates().get(2).resolves());
        assertThrows(IncidentResolvedException.class, () -> i.postUpdate("more", NOW.plusSeconds(180)));
        assertThrows(IncidentResolvedException.class, () -> i.resolve("again", NOW.plusSeconds(180)));
    }

    @Test
    void everyInvalidFieldIsNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Incident.record(IncidentId.random(), "", "", List.of(""),
                "", "apocalyptic", Set.of(), NOW.plusSeconds(60), "", NOW));
        assertEquals(List.of("publicTitle", "whatHappened", "dataAffected[0]", "remediation", "severity", "detectedAt", "firstUpdate"),
                e.violations().stream().map(Violation::field).toList());
    }
}
