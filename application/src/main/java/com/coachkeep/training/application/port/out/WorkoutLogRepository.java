package com.coachkeep.training.application.port.out;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.training.domain.ExerciseId;
import com.coachkeep.training.domain.PerformedSet;
import com.coachkeep.training.domain.WorkoutLog;
import com.coachkeep.training.domain.WorkoutLogId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Workout logs and their sets; notes stored encrypted under the client's key. */
public interface WorkoutLogRepository {
    Optional<WorkoutLog> find(WorkspaceId workspaceId, WorkoutLogId id);

    /** Stores the log as given, replacing a stored one of the same id with all its sets. */
    void save(WorkoutLog log, boolean replace);

    /** Which of {@code setIds} belong to logs other than {@code logId} (a set id is the client's, unique in the workspace). */
    Set<UUID> setIdsOfOtherLogs(WorkspaceId workspaceId, WorkoutLogId logId, Set<UUID> setIds);

    /** A client's logs, newest date first, keyset-paginated. */
    Page<WorkoutLog> list(WorkspaceId workspaceId, ClientId clientId, PageRequest page);

    /** The sets a client did (done, with reps), of the exercises given or of all ({@code exercises} null), from a date or all. */
    List<PerformedSet> performedSets(WorkspaceId workspaceId, ClientId clientId, Set<ExerciseId> exercises, LocalDate from);

    /** The days of a program (their plan keys) that have a log: how far a sequence program has come. */
    Set<com.coachkeep.training.domain.PlanKey> dayKeysLogged(WorkspaceId workspaceId, com.coachkeep.training.domain.AssignedProgramId programId);

    /**
     * Held to the end of the transaction: one transaction at a time keeps a client's standing records, each from what
     * the one before it committed.
     */
    void lockRecords(WorkspaceId workspaceId, ClientId clientId);

    /** The client's standing records as kept (one row per exercise and rep count, and the best estimate); empty when none are kept. */
    List<com.coachkeep.training.domain.PersonalRecord> keptRecords(WorkspaceId workspaceId, ClientId clientId);

    /** Whether the client did any set that can hold a record (done, loaded, with reps, not a warm-up): one index probe. */
    boolean hasRecordSets(WorkspaceId workspaceId, ClientId clientId);

    /** Replaces the kept records of {@code exercises} (of every exercise when null) with {@code records}. */
    void keepRecords(WorkspaceId workspaceId, ClientId clientId, Set<ExerciseId> exercises,
            List<com.coachkeep.training.domain.PersonalRecord> records);

    /** The days (from and to included) on which the client logged a workout. */
    Set<java.time.LocalDate> daysLogged(WorkspaceId workspaceId, ClientId clientId, java.time.LocalDate from, java.time.LocalDate to);
}
