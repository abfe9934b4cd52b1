package com.coachkeep.training.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An exercise as one workspace's library shows it: from the global catalogue (read-only, {@code status} always
 * {@code ACTIVE}) or from the workspace's own exercises, with the workspace's aliases for it and whether the workspace
 * hides it (global ones only).
 */
public record LibraryExercise(ExerciseId id, Source source, ExerciseDetails details, WorkspaceExercise.Status status,
        ExerciseId mergedInto, ExerciseAliases aliases, boolean hidden, Instant createdAt, Instant updatedAt, long version) {
    /** Where an exercise comes from. */
    public enum Source { GLOBAL, WORKSPACE }

    public LibraryExercise {
        Objects.requireNonNull(id);
        Objects.requireNonNull(source);
        Objects.requireNonNull(details);
        Objects.requireNonNull(status);
        aliases = aliases == null ? new ExerciseAliases(java.util.List.of()) : aliases;
    }

    /** Whether search and substitutes offer it: active and not hidden. */
    public boolean offered() {
        return status == WorkspaceExercise.Status.ACTIVE && !hidden;
    }

    /** The id of the catalogue's exercise with this slug, as the catalogue's table derives it ({@code md5('exercise:' || slug)}). */
    public static ExerciseId globalId(String slug) {
        try {
            byte[] md5 = java.security.MessageDigest.getInstance("MD5")
                    .digest(("exercise:" + slug).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(md5);
            return new ExerciseId(new java.util.UUID(b.getLong(), b.getLong()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
