package com.coachkeep.training.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.application.Patch;
import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.testing.fakes.FakeExerciseLibrary;
import com.coachkeep.testing.fakes.MutableClock;
import com.coachkeep.testing.fakes.RecordingAuditTrail;
import com.coachkeep.training.application.port.in.CreateExerciseCommand;
import com.coachkeep.training.application.port.in.ExerciseView;
import com.coachkeep.training.application.port.in.MergeExerciseCommand;
import com.coachkeep.training.application.port.in.SearchExercisesQuery;
import com.coachkeep.training.application.port.in.UpdateExerciseCommand;
import com.coachkeep.training.domain.ExerciseAliases;
import com.coachkeep.training.domain.ExerciseDetails;
import com.coachkeep.training.domain.ExerciseId;
import com.coachkeep.workspace.domain.Role;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkspaceExerciseServiceTest {
    final FakeExerciseLibrary library = new FakeExerciseLibrary();
    final RecordingAuditTrail audit = new RecordingAuditTrail();
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:00Z"));
    final WorkspaceExerciseService service = new WorkspaceExerciseService(library, audit, clock);
    final WorkspaceId w = new WorkspaceId(UUID.randomUUID());
    final Actor coach = actor(w, Role.COACH);
    final Actor assistant = actor(w, Role.ASSISTANT);
    final Actor client = actor(w, Role.CLIENT);
    ExerciseId backSquat;
    ExerciseId frontSquat;

    static Actor actor(WorkspaceId w, Role role) {
        return new Actor(new PersonId(UUID.randomUUID()), w, new MembershipId(UUID.randomUUID()), role.name().toLowerCase(), role != Role.CLIENT,
                role.permissions());
    }

    static ExerciseDetails details(String name, String equipment, String group) {
        return ExerciseDetails.of(name, null, null, null, List.of("quads", "glutes"), List.of("abs"), equipment, "squat", "compound", group);
    }

    @BeforeEach
    void catalogue() {
        backSquat = library.addGlobal("back-squat", details("Back Squat", "barbell", "squat"));
        frontSquat = library.addGlobal("front-squat", details("Front Squat", "barbell", "squat"));
        library.addGlobal("bench-press", ExerciseDetails.of("Bench Press", null, null, null, List.of("chest"), List.of("triceps"), "barbell",
                "horizontal_push", "compound", "bench-press"));
    }

    ExerciseView create(String name, String equipment, String group, List<String> aliases) {
        return service.create(coach, CreateExerciseCommand.of(name, null, null, null, List.of("quads"), null, equipment, "squat", "compound",
                group, aliases));
    }

    List<String> search(String q) {
        return service.search(coach, SearchExercisesQuery.of(q, null, null, null, null, null, null, PageRequest.first(50))).items().stream()
                .map(ExerciseView::name).toList();
    }

    @Test
    void staffReadTheLibraryCoachesChangeItClientsHaveNoDirectAccess() {
        create("Landmine Squat", "landmine", "squat", List.of());
        assertEquals(4, service.search(assistant, SearchExercisesQuery.of(null, null, null, null, null, null, null, PageRequest.first(10))).items().size());
        assertThrows(AccessDeniedException.class, () -> service.search(client, SearchExercisesQuery.of(null, null, null, null, null, null, null,
                PageRequest.first(10))));
        assertThrows(AccessDeniedException.class, () -> service.create(assistant, CreateExerciseCommand.of("X", null, null, null,
                List.of("quads"), null, "barbell", "squat", "compound", null, null)));
        assertThrows(AccessDeniedException.class, () -> service.hide(assistant, backSquat));
        // a client reads exercises only through what they were prescribed
        assertEquals("Back Squat", service.lookUp(client, List.of(backSquat)).get(backSquat).name());
    }

    @Test
    void createdExercisesAreAuditedAndFoundByNameAndAlias() {
        ExerciseView v = create("Landmine Squat", "landmine", "squat", List.of("LMS"));
        assertEquals("workspace", v.source());
        assertEquals(List.of("LMS"), v.aliases());
        assertEquals("exercise.created", audit.last().action());
        assertEquals(List.of("Landmine Squat"), search("lms"));
        assertEquals(List.of("Back Squat", "Front Squat", "Landmine Squat"), search("squat"));
    }

    @Test
    void anotherWorkspacesExerciseIsNotFound() {
        ExerciseView v = create("Landmine Squat", "landmine", "squat", List.of());
        Actor stranger = actor(new WorkspaceId(UUID.randomUUID()), Role.OWNER);
        assertThrows(NotFoundException.class, () -> service.get(stranger, v.id()));
        assertThrows(NotFoundException.class, () -> service.archive(stranger, v.id()));
        assertThrows(NotFoundException.class, () -> service.merge(stranger, new MergeExerciseCommand(v.id(), backSquat)));
        assertEquals("Back Squat", service.get(stranger, backSquat).name(), "the catalogue is everyone's");
    }

    @Test
    void hidingAGlobalExerciseTakesItOutOfSearchAndSubstitutesForThisWorkspaceOnly() {
        ExerciseView landmine = create("Landmine Squat", "landmine", "squat", List.of());
        assertEquals(List.of("Front Squat", "Landmine Squat"), service.listSubstitutes(coach, backSquat).stream().map(ExerciseView::name).toList());
        service.hide(coach, frontSquat);
        assertEquals("exercise.hidden", audit.last().action());
        assertFalse(search("squat").contains("Front Squat"));
        assertEquals(List.of("Back Squat"), service.listSubstitutes(coach, landmine.id()).stream().map(ExerciseView::name).toList());
        assertTrue(service.get(coach, frontSquat).hidden(), "still readable by id");
        int before = audit.records.size();
        service.hide(coach, frontSquat);
        assertEquals(before, audit.records.size(), "hiding again changes nothing");
        assertEquals("not-a-global-exercise", assertThrows(ConflictException.class, () -> service.hide(coach, landmine.id())).code());
        Actor otherCoach = actor(new WorkspaceId(UUID.randomUUID()), Role.COACH);
        assertTrue(service.search(otherCoach, SearchExercisesQuery.of("front", null, null, null, null, null, null, PageRequest.first(5)))
                .items().stream().anyMatch(e -> e.name().equals("Front Squat")));
        service.unhide(coach, frontSquat);
        assertTrue(search("squat").contains("Front Squat"));
    }

    @Test
    void aMergedDuplicateResolvesToItsSurvivorAndLendsItItsNames() {
        ExerciseView original = create("Landmine Squat", "landmine", "squat", List.of("LMS"));
        ExerciseView duplicate = create("LM squat", "landmine", "squat", List.of("Mine squat"));
        ExerciseView earlier = create("Landmine sq.", "landmine", null, List.of());
        service.merge(coach, new MergeExerciseCommand(earlier.id(), duplicate.id()));

        ExerciseView survivor = service.merge(coach, new MergeExerciseCommand(duplicate.id(), original.id()));
        assertEquals(original.id(), survivor.id());
        assertEquals(List.of("LMS", "LM squat", "Mine squat", "Landmine sq."), survivor.aliases());
        assertEquals("exercise.merged", audit.last().action());
        assertEquals(original.id().toString(), audit.last().details().get("into"));

        ExerciseView read = service.get(coach, duplicate.id());
        assertEquals(original.id(), read.id());
        assertEquals(duplicate.id(), read.redirectedFrom());
        assertEquals(original.id(), service.get(coach, earlier.id()).id(), "an exercise merged earlier follows the chain in one hop");
        assertEquals(original.id(), service.lookUp(coach, List.of(duplicate.id())).get(duplicate.id()).id());
        assertEquals(List.of("Landmine Squat"), search("mine squat"));
        assertEquals("exercise-merged", assertThrows(com.coachkeep.training.domain.ExerciseRuleException.class,
                () -> service.update(coach, UpdateExerciseCommand.of(duplicate.id(), Patch.of("Again"), Patch.absent(), Patch.absent(),
                        Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                        Patch.absent(), Patch.absent(), null))).code());
    }

    @Test
    void aDuplicateMergesIntoAnActiveExerciseOnly() {
        ExerciseView a = create("Landmine Squat", "landmine", "squat", List.of());
        ExerciseView b = create("Landmine Squat 2", "landmine", "squat", List.of());
        service.archive(coach, b.id());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.merge(coach, new MergeExerciseCommand(a.id(), b.id())));
        assertEquals("into", e.violations().get(0).field());
        assertThrows(InvalidInputException.class, () -> service.merge(coach, new MergeExerciseCommand(a.id(), ExerciseId.newId())));
        assertEquals("global-exercise-read-only", assertThrows(ConflictException.class,
                () -> service.merge(coach, new MergeExerciseCommand(backSquat, a.id()))).code());
    }

    @Test
    void anEditChangesOnlyWhatItNamesAndRefusesAStaleVersion() {
        ExerciseView v = create("Landmine Squat", "landmine", "squat", List.of("LMS"));
        ExerciseView changed = service.update(coach, UpdateExerciseCommand.of(v.id(), Patch.absent(), Patch.of("Squat holding the bar end."),
                Patch.of("https://videos.example.com/a.mp4"), Patch.of(List.of("Home")), Patch.absent(), Patch.of(List.of("abs")),
                Patch.absent(), Patch.absent(), Patch.absent(), Patch.of(null), Patch.absent(), Patch.absent(), v.version()));
        assertEquals("Landmine Squat", changed.name());
        assertEquals("Squat holding the bar end.", changed.instructions());
        assertEquals(List.of("home"), changed.tags());
        assertEquals(List.of("abs"), changed.secondaryMuscles());
        assertNull(changed.variationGroup());
        assertEquals(List.of("LMS"), changed.aliases());
        assertEquals("instructions,videoUrl,tags,secondaryMuscles,variationGroup", audit.last().details().get("fields"));
        assertThrows(StaleVersionException.class, () -> service.update(coach, UpdateExerciseCommand.of(v.id(), Patch.of("Old"),
                Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.absent(), v.version())));
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> UpdateExerciseCommand.of(v.id(), Patch.of(null),
                Patch.absent(), Patch.of("http://insecure.example.com"), Patch.absent(), Patch.of(List.of()), Patch.absent(), Patch.of("spoon"),
                Patch.absent(), Patch.absent(), Patch.absent(), Patch.of("merged"), Patch.absent(), null));
        assertEquals(List.of("name", "videoUrl", "primaryMuscles", "equipment", "status"),
                bad.violations().stream().map(x -> x.field()).toList());
        assertEquals("global-exercise-read-only", assertThrows(ConflictException.class, () -> service.update(coach,
                UpdateExerciseCommand.of(backSquat, Patch.of("Mine"), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                        Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), null))).code());
    }

    @Test
    void anArchivedExerciseLeavesSearchAndIsRestoredByAnEdit() {
        ExerciseView v = create("Landmine Squat", "landmine", "squat", List.of());
        service.archive(coach, v.id());
        assertFalse(search("landmine").contains("Landmine Squat"));
        assertEquals("archived", service.get(coach, v.id()).status());
        service.update(coach, UpdateExerciseCommand.of(v.id(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.of("active"), Patch.absent(), null));
        assertTrue(search("landmine").contains("Landmine Squat"));
    }

    @Test
    void aliasesOfAGlobalExerciseAreTheWorkspacesOwn() {
        service.setAliases(coach, backSquat, ExerciseAliases.of(List.of("Comp squat")));
        assertEquals(List.of("Back Squat"), search("comp"));
        assertEquals("exercise.aliases_changed", audit.last().action());
        Actor otherCoach = actor(new WorkspaceId(UUID.randomUUID()), Role.COACH);
        assertTrue(service.search(otherCoach, SearchExercisesQuery.of("comp", null, null, null, null, null, null, PageRequest.first(5)))
                .items().isEmpty());
    }

    @Test
    void searchFiltersByMuscleEquipmentPatternMechanicsAndSource() {
        create("Landmine Squat", "landmine", "squat", List.of());
        assertEquals(List.of("Bench Press"), service.search(coach, SearchExercisesQuery.of(null, "triceps", null, null, null, null, null,
                PageRequest.first(10))).items().stream().map(ExerciseView::name).toList());
        assertEquals(List.of("Landmine Squat"), service.search(coach, SearchExercisesQuery.of(null, null, null, "squat", "compound", "workspace",
                null, PageRequest.first(10))).items().stream().map(ExerciseView::name).toList());
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> SearchExercisesQuery.of(null, "wings", "spoon", "dance",
                "both", "elsewhere", "maybe", PageRequest.first(10)));
        assertEquals(List.of("muscle", "equipment", "pattern", "mechanics", "source", "includeHidden"),
                bad.violations().stream().map(x -> x.field()).toList());
    }
}
