package com.coachkeep.training.domain;

import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.Objects;

/**
 * An exercise a workspace added to its own library, beside the global catalogue; private to the workspace.
 *
 * <p>Lifecycle: {@code ACTIVE} (found by search) → {@code ARCHIVED} (no longer offered, still readable by id, can be
 * restored) or → {@code MERGED} into another exercise (final). A merged exercise is never deleted: it keeps its id and
 * points at the exercise that survived, so a program or a log that names it by id still resolves to an exercise.
 * Invariants: the details are always valid ({@link ExerciseDetails}); only an active exercise is edited or merged;
 * an exercise is never merged into itself; {@code version} grows with every change (optimistic locking).
 */
public final class WorkspaceExercise {
    /** Where an exercise of a workspace library is in its life. */
    public enum Status { ACTIVE, ARCHIVED, MERGED }

    private final ExerciseId id;
    private final WorkspaceId workspaceId;
    private ExerciseDetails details;
    private Status status;
    private ExerciseId mergedInto;
    private final PersonId createdBy;
    private final Instant createdAt;
    private Instant updatedAt;
    private long version;

    public WorkspaceExercise(ExerciseId id, WorkspaceId workspaceId, ExerciseDetails details, Status status,
            ExerciseId mergedInto, PersonId createdBy, Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.details = Objects.requireNonNull(details);
        this.status = Objects.requireNonNull(status);
        this.mergedInto = mergedInto;
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
        if ((status == Status.MERGED) != (mergedInto != null)) {
            throw new IllegalArgumentException("a merged exercise, and only a merged one, names its survivor");
        }
    }

    public static WorkspaceExercise create(WorkspaceId workspaceId, ExerciseDetails details, PersonId by, Instant now) {
        return new WorkspaceExercise(ExerciseId.newId(), workspaceId, details, Status.ACTIVE, null, by, now, now, 0);
    }

    /** Replaces the details (the caller merged its partial change into the current ones). */
    public void revise(ExerciseDetails changed, Instant now) {
        requireActive();
        details = Objects.requireNonNull(changed);
        touch(now);
    }

    /** No longer offered in search or as a substitute; still readable by id. Archiving an archived exercise changes nothing. */
    public void archive(Instant now) {
        if (status == Status.MERGED) {
            throw merged();
        }
        if (status != Status.ARCHIVED) {
            status = Status.ARCHIVED;
            touch(now);
        }
    }

    public void restore(Instant now) {
        if (status == Status.MERGED) {
            throw merged();
        }
        if (status != Status.ACTIVE) {
            status = Status.ACTIVE;
            touch(now);
        }
    }

    /** This exercise was a duplicate of {@code survivor}: from now on it resolves to the survivor. */
    public void mergeInto(ExerciseId survivor, Instant now) {
        Objects.requireNonNull(survivor);
        if (status == Status.MERGED) {
            throw merged();
        }
        if (survivor.equals(id)) {
            throw new ExerciseRuleException("merge-into-itself", "An exercise cannot be merged into itself.");
        }
        status = Status.MERGED;
        mergedInto = survivor;
        touch(now);
    }

    /** The survivor this exercise points at changed (it was merged in turn): keep one hop from any merged id. */
    public void redirect(ExerciseId survivor, Instant now) {
        if (status != Status.MERGED) {
            throw new IllegalStateException("only a merged exercise is redirected");
        }
        mergedInto = Objects.requireNonNull(survivor);
        touch(now);
    }

    private void requireActive() {
        if (status == Status.MERGED) {
            throw merged();
        }
        if (status != Status.ACTIVE) {
            throw new ExerciseRuleException("exercise-archived", "The exercise is archived; restore it before changing it.");
        }
    }

    private static ExerciseRuleException merged() {
        return new ExerciseRuleException("exercise-merged", "The exercise was merged into another; change that one instead.");
    }

    private void touch(Instant now) {
        updatedAt = now;
        version++;
    }

    public ExerciseId id() {
        return id;
    }

    public WorkspaceId workspaceId() {
        return workspaceId;
    }

    public ExerciseDetails details() {
        return details;
    }

    public Status status() {
        return status;
    }

    public ExerciseId mergedInto() {
        return mergedInto;
    }

    public PersonId createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
