package com.coachkeep.roster.application.port.in;

import com.coachkeep.roster.domain.CoachNote;
import com.coachkeep.roster.domain.CoachNoteId;
import com.coachkeep.shared.domain.PersonId;
import java.time.Instant;

/** A coach note; {@code body} is {@code null} and {@code erased} true once the client's data was erased. */
public record CoachNoteView(CoachNoteId id, PersonId authorId, String body, boolean erased, Instant createdAt) {
    public static CoachNoteView of(CoachNote n) {
        return new CoachNoteView(n.id(), n.authorId(), n.body(), n.erased(), n.createdAt());
    }
}
