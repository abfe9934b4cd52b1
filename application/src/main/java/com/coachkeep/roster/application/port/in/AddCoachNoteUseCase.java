package com.coachkeep.roster.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;

/** A coach writes a private note about a client: staff-only, never visible to the client. */
public interface AddCoachNoteUseCase {
    CoachNoteView addNote(Actor actor, ClientId clientId, String body);
}
