package com.coachkeep.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Violation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExerciseDetailsTest {
    static ExerciseDetails valid() {
        return ExerciseDetails.of(" Landmine Squat ", "Squat with the bar end at the chest.", "https://videos.example.com/ls.mp4",
                List.of("Home Gym", "home gym"), List.of("QUADS", "glutes"), List.of("abs"), "landmine", "squat", "Compound", "Squat");
    }

    @Test
    void wireNamesAreReadWithoutRegardToCaseAndTextIsTrimmed() {
        ExerciseDetails d = valid();
        assertEquals("Landmine Squat", d.name());
        assertEquals(Set.of(Muscle.QUADS, Muscle.GLUTES), d.primaryMuscles());
        assertEquals(Equipment.LANDMINE, d.equipment());
        assertEquals(Mechanics.COMPOUND, d.mechanics());
        assertEquals("squat", d.variationGroup());
        assertEquals(List.of("home gym"), List.copyOf(d.tags()), "tags are lower case and counted once");
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ExerciseDetails.of("", null, "http://videos.example.com/x",
                null, List.of(), null, "spoon", "dance", "both", "not a slug!"));
        assertEquals(List.of("name", "videoUrl", "primaryMuscles", "equipment", "pattern", "mechanics", "variationGroup"),
                e.violations().stream().map(Violation::field).toList());
    }

    @Test
    void aDemoVideoIsAnHttpsUrlWithAHostAndNothingElse() {
        for (String bad : List.of("http://videos.example.com/a.mp4", "javascript:alert(1)", "https:///nohost", "/relative.mp4",
                "https://user:secret@videos.example.com/a.mp4", "ftp://videos.example.com/a.mp4")) {
            assertThrows(IllegalArgumentException.class, () -> ExerciseDetails.videoUrl(bad), bad);
        }
        assertEquals("videos.example.com", ExerciseDetails.videoUrl("https://videos.example.com/a.mp4?t=3").getHost());
    }

    @Test
    void aMuscleIsNeverBothPrimaryAndSecondary() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ExerciseDetails.of("Squat", null, null, null,
                List.of("quads"), List.of("quads", "abs"), "barbell", "squat", "compound", null));
        assertEquals("secondaryMuscles", e.violations().get(0).field());
    }

    @Test
    void optionalFieldsMayBeAbsent() {
        ExerciseDetails d = ExerciseDetails.of("Squat", " ", "", null, List.of("quads"), null, "barbell", "squat", "compound", null);
        assertNull(d.instructions());
        assertNull(d.videoUrl());
        assertNull(d.variationGroup());
        assertTrue(d.secondaryMuscles().isEmpty());
    }

    @Test
    void aliasesAreTrimmedBoundedAndCountedOnceWithoutRegardToCase() {
        assertEquals(List.of("RDL", "Romanian"), ExerciseAliases.of(List.of(" RDL ", "rdl", "Romanian")).values());
        assertThrows(IllegalArgumentException.class, () -> ExerciseAliases.of(java.util.Collections.nCopies(21, "x").stream()
                .map(x -> x + Math.random()).toList()));
        assertEquals("romanian deadlift", ExerciseAliases.key("  Romanian   Deadlift "));
    }

    @Test
    void aCatalogueIdIsDerivedFromItsSlugAsTheDatabaseDerivesIt() {
        // md5('exercise:back-squat')::uuid in PostgreSQL
        assertEquals("728da5c3-ba82-47c8-57a5-98ad2714c2a2", LibraryExercise.globalId("back-squat").toString());
    }
}
