package com.coachkeep.roster.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;

/** A client's coach notes, newest first, for staff who may read them. */
public interface ListCoachNotesUseCase {
    Page<CoachNoteView> listNotes(Actor actor, ClientId clientId, PageRequest page);
}
