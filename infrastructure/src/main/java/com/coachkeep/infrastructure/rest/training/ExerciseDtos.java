package com.coachkeep.infrastructure.rest.training;

import com.coachkeep.training.application.port.in.ExerciseDescriptionSuggestion;
import com.coachkeep.training.application.port.in.ExerciseLibrarySettingsView;
import com.coachkeep.training.application.port.in.ExerciseView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the exercise library. */
public final class ExerciseDtos {
    static final String MUSCLES = "Muscles by wire name: chest, upper_back, lats, lower_back, front_delts, side_delts, rear_delts, biceps, "
            + "triceps, forearms, abs, obliques, glutes, quads, hamstrings, adductors, abductors, calves, traps, neck, hip_flexors";
    static final String EQUIPMENT = "barbell, dumbbell, kettlebell, cable, machine, smith_machine, ez_bar, trap_bar, bodyweight, pull_up_bar, "
            + "band, medicine_ball, sled, cardio_machine, suspension_trainer, landmine, box, none";
    static final String PATTERNS = "squat, hinge, lunge, horizontal_push, vertical_push, horizontal_pull, vertical_pull, carry, "
            + "anti_extension, anti_rotation, rotation, flexion, isolation, jump, conditioning, mobility";

    private ExerciseDtos() {
    }

    @Schema(name = "CreateExerciseRequest")
    public record CreateExerciseRequest(@Schema(required = true, maxLength = 200, example = "Landmine Squat") String name,
            @Schema(maxLength = 4000) String instructions,
            @Schema(description = "An https URL of a demonstration video", maxLength = 500, example = "https://videos.example.com/landmine-squat.mp4") String videoUrl,
            @Schema(description = "Up to 20 labels of up to 40 characters") List<String> tags,
            @Schema(required = true, description = "At least one. " + MUSCLES) List<String> primaryMuscles,
            @Schema(description = "None of the primary muscles") List<String> secondaryMuscles,
            @Schema(required = true, description = EQUIPMENT) String equipment,
            @Schema(required = true, description = PATTERNS) String pattern,
            @Schema(required = true, enumeration = {"compound", "isolation"}) String mechanics,
            @Schema(description = "The substitution group, shared with the exercises that can stand in for this one (the catalogue's "
                    + "groups included, e.g. squat, deadlift, bench-press)", example = "squat") String variationGroup,
            @Schema(description = "Other names search finds it by, up to 20") List<String> aliases) {
    }

    @Schema(name = "UpdateExerciseRequest", description = "JSON merge patch: send only the fields to change; instructions, videoUrl and "
            + "variationGroup null clear them; status archived or active; aliases replaces the aliases")
    public record UpdateExerciseRequest(String name, String instructions, String videoUrl, List<String> tags, List<String> primaryMuscles,
            List<String> secondaryMuscles, String equipment, String pattern, @Schema(enumeration = {"compound", "isolation"}) String mechanics,
            String variationGroup, @Schema(enumeration = {"active", "archived"}) String status, List<String> aliases) {
    }

    @Schema(name = "SetExerciseAliasesRequest")
    public record SetExerciseAliasesRequest(@Schema(required = true, description = "The workspace's other names for the exercise, up to 20; [] removes them") List<String> aliases) {
    }

    @Schema(name = "MergeExerciseRequest")
    public record MergeExerciseRequest(@Schema(required = true, description = "The id of the exercise to keep (global or the workspace's own)") String into) {
    }

    @Schema(name = "Exercise")
    public record ExerciseResponse(String id, @Schema(enumeration = {"global", "workspace"}) String source, String name, String instructions,
            String videoUrl, List<String> tags, List<String> primaryMuscles, List<String> secondaryMuscles, String equipment, String pattern,
            @Schema(enumeration = {"compound", "isolation"}) String mechanics, String variationGroup,
            @Schema(description = "The workspace's other names for it") List<String> aliases,
            @Schema(description = "Whether the workspace hides this global exercise") boolean hidden,
            @Schema(enumeration = {"active", "archived", "merged"}) String status,
            @Schema(description = "The id asked for, when it named an exercise merged into this one") String redirectedFrom,
            @Schema(description = "Absent for global exercises") Instant createdAt, Instant updatedAt) {
        static ExerciseResponse of(ExerciseView v) {
            return new ExerciseResponse(v.id().toString(), v.source(), v.name(), v.instructions(), v.videoUrl(), v.tags(), v.primaryMuscles(),
                    v.secondaryMuscles(), v.equipment(), v.pattern(), v.mechanics(), v.variationGroup(), v.aliases(), v.hidden(), v.status(),
                    v.redirectedFrom() == null ? null : v.redirectedFrom().toString(), v.createdAt(), v.updatedAt());
        }
    }

    @Schema(name = "ExercisePage")
    public record ExercisePage(List<ExerciseResponse> items, String nextCursor) {
    }

    @Schema(name = "ExerciseList")
    public record ExerciseList(List<ExerciseResponse> items) {
    }

    @Schema(name = "ExerciseDescriptionSuggestion", description = "A draft for the coach to read and edit; nothing is stored")
    public record SuggestionResponse(String exerciseId, String text, @Schema(description = "The sub-processor that drafted it") String provider,
            String model) {
        static SuggestionResponse of(ExerciseDescriptionSuggestion s) {
            return new SuggestionResponse(s.exerciseId().toString(), s.text(), s.provider(), s.model());
        }
    }

    @Schema(name = "ExerciseLibrarySettings")
    public record SettingsResponse(@Schema(description = "Whether the owner turned AI-drafted descriptions on (off by default)") boolean aiDescriptions,
            @Schema(description = "Whether this deployment configured a language-model provider") boolean aiAvailable,
            @Schema(description = "The provider (a listed sub-processor), when configured") String aiProvider) {
        static SettingsResponse of(ExerciseLibrarySettingsView v) {
            return new SettingsResponse(v.aiDescriptions(), v.aiAvailable(), v.aiProvider());
        }
    }

    @Schema(name = "UpdateExerciseLibrarySettingsRequest")
    public record UpdateSettingsRequest(@Schema(required = true) Boolean aiDescriptions) {
    }
}
