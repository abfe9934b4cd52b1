package com.coachkeep.roster.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.coachkeep.roster.application.port.in.ClientView;
import com.coachkeep.roster.application.port.in.CoachNoteView;
import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.testing.TestApplication;
import com.coachkeep.workspace.domain.Role;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CoachNotesTest {
    private final TestApplication app = TestApplication.create();
    private Actor owner;
    private Actor coach;
    private Actor client;
    private ClientView ben;

    @BeforeEach
    void coachWithAClient() {
        owner = app.ownerOfNewWorkspace("Anna", "Iron Temple");
        coach = app.joinAsStaff(owner, "Carl", Role.COACH);
        client = app.joinAsClient(coach, "Ben", null);
        ben = app.roster.getOwn(client);
    }

    private List<String> bodies(Page<CoachNoteView> page) {
        return page.items().stream().map(CoachNoteView::body).toList();
    }

    @Test
    void coachWritesANoteAboutTheirClient() {
        CoachNoteView note = app.coachNotes.addNote(coach, ben.id(), "  Knee pain after squats.  ");

        assertEquals("Knee pain after squats.", note.body());
        assertEquals(coach.personId(), note.authorId());
        assertEquals(TestApplication.START, note.createdAt());
        assertEquals(1, app.notes.size());
    }

    @Test
    void notesAreListedNewestFirst() {
        app.coachNotes.addNote(coach, ben.id(), "first");
        app.clock.advance(Duration.ofHours(1));
        app.coachNotes.addNote(owner, ben.id(), "second");
        app.clock.advance(Duration.ofHours(1));
        app.coachNotes.addNote(coach, ben.id(), "third");

        assertEquals(List.of("third", "second", "first"), bodies(app.coachNotes.listNotes(coach, ben.id(), PageRequest.first(10))));
    }

    @Test
    void notesArePaged() {
        for (String body : List.of("one", "two", "three")) {
            app.coachNotes.addNote(coach, ben.id(), body);
            app.clock.advance(Duration.ofMinutes(1));
        }

        Page<CoachNoteView> first = app.coachNotes.listNotes(coach, ben.id(), PageRequest.first(2));
        Page<CoachNoteView> second = app.coachNotes.listNotes(coach, ben.id(), new PageRequest(2, first.nextCursor()));

        assertEquals(List.of("three", "two"), bodies(first));
        assertEquals(List.of("one"), bodies(second));
        assertNull(second.nextCursor());
    }

    @Test
    void notesOfOneClientDoNotShowUnderAnother() {
        ClientView other = app.addClient(coach, "Bea", null);
        app.coachNotes.addNote(coach, other.id(), "about Bea");
        app.coachNotes.addNote(coach, ben.id(), "about Ben");

        assertEquals(List.of("about Ben"), bodies(app.coachNotes.listNotes(coach, ben.id(), PageRequest.first(10))));
    }

    @Test
    void clientCannotReadNotesAboutThemself() {
        app.coachNotes.addNote(coach, ben.id(), "Private: struggles with motivation.");

        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> app.coachNotes.listNotes(client, ben.id(), PageRequest.first(10)));

        assertEquals(Permission.CLIENT_NOTES_READ, e.permission());
    }

    @Test
    void clientCannotWriteNotes() {
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> app.coachNotes.addNote(client, ben.id(), "I am doing great"));

        assertEquals(Permission.CLIENT_NOTES_WRITE, e.permission());
        assertEquals(0, app.notes.size());
    }

    @Test
    void coachCannotReadOrWriteNotesOfAClientNotAssignedToThem() {
        Actor cleo = app.joinAsStaff(owner, "Cleo", Role.COACH);
        app.coachNotes.addNote(coach, ben.id(), "Private note");

        assertEquals("client", assertThrows(NotFoundException.class,
                () -> app.coachNotes.listNotes(cleo, ben.id(), PageRequest.first(10))).resource());
        assertThrows(NotFoundException.class, () -> app.coachNotes.addNote(cleo, ben.id(), "Sneaky"));
        assertEquals(1, app.notes.size());
    }

    @Test
    void assistantCannotReadNotes() {
        Actor assistant = app.joinAsStaff(owner, "Ada", Role.ASSISTANT);

        assertThrows(AccessDeniedException.class, () -> app.coachNotes.listNotes(assistant, ben.id(), PageRequest.first(10)));
        assertThrows(AccessDeniedException.class, () -> app.coachNotes.addNote(assistant, ben.id(), "note"));
    }

    @Test
    void ownerReadsNotesOfEveryClient() {
        app.coachNotes.addNote(coach, ben.id(), "Written by the coach");

        assertEquals(List.of("Written by the coach"), bodies(app.coachNotes.listNotes(owner, ben.id(), PageRequest.first(10))));
    }

    @Test
    void blankOrOverlongNoteIsInvalidInputNamingTheBody() {
        InvalidInputException blank = assertThrows(InvalidInputException.class, () -> app.coachNotes.addNote(coach, ben.id(), " "));
        InvalidInputException overlong = assertThrows(InvalidInputException.class,
                () -> app.coachNotes.addNote(coach, ben.id(), "x".repeat(10_001)));

        assertEquals("body", blank.violations().get(0).field());
        assertEquals("body", overlong.violations().get(0).field());
        assertEquals(0, app.notes.size());
    }
}
