package com.coachkeep.training.application.service;

import com.coachkeep.roster.application.port.in.DemoWorkspaceSeededEvent;
import com.coachkeep.training.application.port.out.ExerciseLibraryRepository;
import com.coachkeep.training.domain.ExerciseAliases;
import com.coachkeep.training.domain.ExerciseDetails;
import com.coachkeep.training.domain.LibraryExercise;
import com.coachkeep.training.domain.WorkspaceExercise;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The demo workspace's exercise library, added inside the demo's seeding transaction: a few exercises of the coach's
 * own (two of them in catalogue variation groups, so they appear as substitutes), the alias "RDL" for the Romanian
 * deadlift, and the upright row hidden, as a coach who avoids it would.
 */
@ApplicationScoped
public class ExerciseLibraryDemo {
    private final ExerciseLibraryRepository library;

    @Inject
    public ExerciseLibraryDemo(ExerciseLibraryRepository library) {
        this.library = library;
    }

    protected ExerciseLibraryDemo() {
        this(null);
    }

    void seed(@Observes DemoWorkspaceSeededEvent demo) {
        add(demo, ExerciseDetails.of("Landmine Squat",
                "Hold the end of a landmine barbell at the chest with both hands. Squat down between the heels, keeping the torso "
                        + "upright against the bar's lean, then stand up. A back-friendly squat for clients who cannot hold a bar on the back.",
                "https://videos.example.com/coachkeep-demo/landmine-squat.mp4", List.of("home gym", "beginner"),
                List.of("quads", "glutes"), List.of("abs"), "landmine", "squat", "compound", "squat"), List.of());
        add(demo, ExerciseDetails.of("Band Face Pull",
                "Anchor a light band at face height. Pull the middle of the band towards the forehead, elbows high, and spread the "
                        + "hands apart at the end. Two seconds back.",
                null, List.of("home gym", "shoulder health"), List.of("rear_delts", "upper_back"), List.of("traps"), "band",
                "horizontal_pull", "compound", "rear-delt"), List.of("band pull to face"));
        add(demo, ExerciseDetails.of("Tempo Goblet Squat",
                "A goblet squat with a three-second descent and a one-second pause at the bottom. Keep the elbows inside the knees.",
                null, List.of("beginner", "technique"), List.of("quads", "glutes"), List.of("abs"), "dumbbell", "squat", "compound",
                "squat"), List.of("3-1-1 goblet squat"));
        add(demo, ExerciseDetails.of("Sled Push Finisher",
                "Load the sled moderately. Push 20 metres hard with arms extended, rest 40 seconds, repeat six times.",
                null, List.of("conditioning"), List.of("quads", "glutes"), List.of("calves"), "sled", "conditioning", "compound",
                "sled"), List.of());
        var now = demo.at();
        library.setAliases(demo.workspaceId(), LibraryExercise.globalId("romanian-deadlift"), ExerciseAliases.of(List.of("RDL")), now);
        library.hide(demo.workspaceId(), LibraryExercise.globalId("upright-row"), demo.ownerPersonId(), now);
    }

    private void add(DemoWorkspaceSeededEvent demo, ExerciseDetails details, List<String> aliases) {
        WorkspaceExercise e = WorkspaceExercise.create(demo.workspaceId(), details, demo.ownerPersonId(), demo.at());
        library.add(e);
        if (!aliases.isEmpty()) {
            library.setAliases(demo.workspaceId(), e.id(), ExerciseAliases.of(aliases), demo.at());
        }
    }
}
