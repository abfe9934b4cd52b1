package com.coachkeep.roster.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CoachNoteTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void noteBodyIsTrimmedAndMayHoldSeveralLines() {
        CoachNote note = CoachNote.write(WorkspaceId.newId(), ClientId.newId(), PersonId.newId(),
                "  Knee pain after squats.\nSwap for box squats.  ", NOW);

        assertEquals("Knee pain after squats.\nSwap for box squats.", note.body());
        assertEquals(NOW, note.createdAt());
    }

    @Test
    void blankOrOverlongNoteIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> CoachNote.write(WorkspaceId.newId(), ClientId.newId(), PersonId.newId(), " ", NOW));
        assertThrows(IllegalArgumentException.class, () -> CoachNote.write(WorkspaceId.newId(), ClientId.newId(),
                PersonId.newId(), "x".repeat(CoachNote.MAX_LENGTH + 1), NOW));
    }
}
