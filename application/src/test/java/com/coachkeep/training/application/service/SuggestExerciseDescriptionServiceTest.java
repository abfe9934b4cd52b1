package com.coachkeep.training.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.testing.fakes.FakeExerciseLibrary;
import com.coachkeep.testing.fakes.FakeExerciseLibrary.RecordingDescriptions;
import com.coachkeep.testing.fakes.MutableClock;
import com.coachkeep.testing.fakes.RecordingAuditTrail;
import com.coachkeep.training.application.port.in.CreateExerciseCommand;
import com.coachkeep.training.application.port.in.ExerciseView;
import com.coachkeep.training.application.port.out.ExerciseDescriptionPort;
import com.coachkeep.training.domain.Equipment;
import com.coachkeep.training.domain.Muscle;
import com.coachkeep.workspace.domain.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** P-AI-1 in the use case: off by default, on only by the owner, nothing sent otherwise, only name, equipment and muscles. */
@Tag("promise:P-AI-1")
class SuggestExerciseDescriptionServiceTest {
    final FakeExerciseLibrary library = new FakeExerciseLibrary();
    final RecordingAuditTrail audit = new RecordingAuditTrail();
    final RecordingDescriptions provider = new RecordingDescriptions();
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:00Z"));
    final SuggestExerciseDescriptionService suggest = new SuggestExerciseDescriptionService(library, library, provider, audit);
    final ExerciseLibrarySettingsService settings = new ExerciseLibrarySettingsService(library, provider, audit, clock);
    final WorkspaceExerciseService exercises = new WorkspaceExerciseService(library, audit, clock);
    final WorkspaceId w = new WorkspaceId(UUID.randomUUID());
    final Actor owner = WorkspaceExerciseServiceTest.actor(w, Role.OWNER);
    final Actor coach = WorkspaceExerciseServiceTest.actor(w, Role.COACH);

    ExerciseView exercise() {
        return exercises.create(coach, CreateExerciseCommand.of("Landmine Squat", "Client Alex's knee: keep it shallow.",
                "https://videos.example.com/alex.mp4", List.of("alex"), List.of("quads", "glutes"), List.of("abs"), "landmine", "squat",
                "compound", "squat", List.of("Alex squat")));
    }

    @Test
    void withoutAProviderTheAnswerSaysSoAndNothingIsSent() {
        ExerciseView e = exercise();
        ConflictException refused = assertThrows(ConflictException.class, () -> suggest.suggest(coach, e.id()));
        assertEquals("ai-descriptions-not-configured", refused.code());
        assertTrue(provider.requests.isEmpty());
        assertFalse(settings.get(coach).aiAvailable());
    }

    @Test
    void offByDefaultNothingIsSentUntilTheOwnerTurnsItOn() {
        provider.provider = new ExerciseDescriptionPort.Provider("OpenAI", "gpt-test");
        ExerciseView e = exercise();
        assertFalse(settings.get(coach).aiDescriptions());
        assertEquals("ai-descriptions-off", assertThrows(ConflictException.class, () -> suggest.suggest(coach, e.id())).code());
        assertTrue(provider.requests.isEmpty());
        assertThrows(AccessDeniedException.class, () -> settings.update(coach, true, null), "only the owner turns it on");

        settings.update(owner, true, null);
        assertEquals("exercise_library.ai_descriptions_changed", audit.last().action());
        assertEquals("true", audit.last().details().get("to"));
        var draft = suggest.suggest(coach, e.id());
        assertEquals("Stand tall and squat.", draft.text());
        assertEquals(List.of(new ExerciseDescriptionPort.DescriptionRequest("Landmine Squat", Equipment.LANDMINE,
                Set.of(Muscle.QUADS, Muscle.GLUTES), Set.of(Muscle.ABS))), provider.requests, "the name, equipment and muscles, nothing else");
        assertEquals("exercise.description_requested", audit.last().action());
        assertEquals("OpenAI", audit.last().details().get("provider"));
        assertEquals("answered", audit.last().details().get("outcome"));

        settings.update(owner, false, null);
        assertThrows(ConflictException.class, () -> suggest.suggest(coach, e.id()));
        assertEquals(1, provider.requests.size());
    }

    @Test
    void aFailedCallIsAuditedAndAnsweredWithAProblem() {
        provider.provider = new ExerciseDescriptionPort.Provider("OpenAI", "gpt-test");
        provider.fail = true;
        settings.update(owner, true, null);
        ExerciseView e = exercise();
        assertEquals("ai-provider-failed", assertThrows(ConflictException.class, () -> suggest.suggest(coach, e.id())).code());
        assertEquals("failed", audit.last().details().get("outcome"));
    }

    @Test
    void assistantsCannotAskForDrafts() {
        provider.provider = new ExerciseDescriptionPort.Provider("OpenAI", "gpt-test");
        settings.update(owner, true, null);
        ExerciseView e = exercise();
        assertThrows(AccessDeniedException.class, () -> suggest.suggest(WorkspaceExerciseServiceTest.actor(w, Role.ASSISTANT), e.id()));
        assertTrue(provider.requests.isEmpty());
    }
}
