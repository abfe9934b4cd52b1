package com.coachkeep.roster.application.service;

import com.coachkeep.roster.application.port.in.AddCoachNoteUseCase;
import com.coachkeep.roster.application.port.in.CoachNoteView;
import com.coachkeep.roster.application.port.in.ListCoachNotesUseCase;
import com.coachkeep.roster.application.port.out.CoachNoteRepository;
import com.coachkeep.roster.domain.Client;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.roster.domain.CoachNote;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Coach notes: staff's private notes about a client they can see, never shown to the client. */
@ApplicationScoped
@Transactional
public class CoachNoteService implements AddCoachNoteUseCase, ListCoachNotesUseCase {
    private final CoachNoteRepository notes;
    private final VisibleClients visible;
    private final Clock clock;

    @Inject
    public CoachNoteService(CoachNoteRepository notes, VisibleClients visible, Clock clock) {
        this.notes = notes;
        this.visible = visible;
        this.clock = clock;
    }

    protected CoachNoteService() {
        this(null, null, null);
    }

    @Override
    public CoachNoteView addNote(Actor actor, ClientId clientId, String body) {
        actor.require(Permission.CLIENT_NOTES_WRITE);
        Client client = visible.load(actor, clientId);
        CoachNote note;
        try {
            note = CoachNote.write(actor.workspaceId(), client.id(), actor.personId(), body, clock.instant());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("body", e.getMessage());
        }
        notes.add(note);
        return CoachNoteView.of(note);
    }

    @Override
    public Page<CoachNoteView> listNotes(Actor actor, ClientId clientId, PageRequest page) {
        actor.require(Permission.CLIENT_NOTES_READ);
        Client client = visible.load(actor, clientId);
        return notes.list(actor.workspaceId(), client.id(), page).map(CoachNoteView::of);
    }
}
