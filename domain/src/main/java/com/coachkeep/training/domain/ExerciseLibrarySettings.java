package com.coachkeep.training.domain;

/**
 * A workspace's choices about its exercise library. {@code aiDescriptions}: whether staff may ask the configured
 * language-model provider to draft an exercise's instructions (P-AI-1: off until the owner turns it on).
 */
public record ExerciseLibrarySettings(boolean aiDescriptions, long version) {
    public static ExerciseLibrarySettings defaults() {
        return new ExerciseLibrarySettings(false, 0);
    }
}
