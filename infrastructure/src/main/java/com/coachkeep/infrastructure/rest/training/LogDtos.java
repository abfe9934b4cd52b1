package com.coachkeep.infrastructure.rest.training;

import com.coachkeep.infrastructure.rest.training.PlanDtos.EffortBody;
import com.coachkeep.infrastructure.rest.training.PlanDtos.SetBody;
import com.coachkeep.training.application.port.in.ReadTrainingHistoryUseCase;
import com.coachkeep.training.domain.LoggedSet;
import com.coachkeep.training.domain.PersonalRecord;
import com.coachkeep.training.domain.PlateMath;
import com.coachkeep.training.domain.WorkoutLog;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of workout logs and what is read from them. */
public final class LogDtos {
    private LogDtos() {
    }

    @Schema(name = "LoggedLoad")
    public record LoadBody(@Schema(required = true) BigDecimal amount, @Schema(required = true, enumeration = {"kg", "lb"}) String unit) {
    }

    @Schema(name = "LoggedSet", description = "One set as done (or skipped: done false), beside the prescription it answers")
    public record LoggedSetBody(@Schema(required = true, description = "The client's own id (UUID): a resend never doubles the set") String id,
            @Schema(required = true) String exerciseId,
            @Schema(required = true, enumeration = {"warm_up", "working", "drop", "amrap"}) String type,
            Integer reps, Integer seconds, Integer metres, LoadBody load, EffortBody effort,
            @Schema(description = "False for a skipped set (default true)") Boolean done,
            @Schema(description = "The prescription this set answers, as the program gave it") SetBody target) {
    }

    @Schema(name = "WorkoutLogRequest")
    public record LogRequest(@Schema(required = true, description = "The client's local date (YYYY-MM-DD)", example = "2026-12-07") String performedOn,
            @Schema(description = "The client's program this workout answers") String programId,
            @Schema(description = "The key of the program's day this workout answers") String dayKey,
            Integer durationSeconds,
            @Schema(maxLength = 5000, description = "Free text; stored encrypted under the client's key") String notes,
            List<LoggedSetBody> sets) {
    }

    @Schema(name = "WorkoutLogBatchItem")
    public record BatchItem(@Schema(required = true, description = "The log's own id (UUID)") String id,
            @Schema(required = true, example = "2026-12-07") String performedOn, String programId, String dayKey, Integer durationSeconds,
            @Schema(maxLength = 5000) String notes, List<LoggedSetBody> sets) {
    }

    @Schema(name = "WorkoutLogBatchRequest", description = "Logs kept offline, sent together: every log is stored, or none")
    public record BatchRequest(@Schema(required = true, description = "Up to 100 logs") List<BatchItem> logs) {
    }

    @Schema(name = "PersonalRecord")
    public record RecordBody(String exerciseId, String date,
            @Schema(description = "The rep count of a rep record; 0 for an estimated one-rep max record") int reps,
            @Schema(description = "Kilograms: the load lifted, or the estimate") BigDecimal kilograms) {
        static RecordBody of(PersonalRecord r) {
            return new RecordBody(r.exercise().toString(), r.date().toString(), r.reps(), r.kilograms());
        }
    }

    @Schema(name = "WorkoutLog")
    public record LogResponse(String id, String clientId, String programId, String dayKey, String performedOn, Integer durationSeconds,
            String notes, @Schema(description = "True when a coach logged it on the client's behalf") boolean loggedOnBehalf,
            String loggedBy, List<LoggedSetBody> sets,
            @Schema(description = "Records this log set, against the history before its date (only in the answer to logging)")
            List<RecordBody> records, Instant createdAt, Instant updatedAt) {
        static LogResponse of(WorkoutLog l, List<PersonalRecord> records) {
            return new LogResponse(l.id().toString(), l.clientId().toString(), l.programId() == null ? null : l.programId().toString(),
                    l.dayKey() == null ? null : l.dayKey().toString(), l.performedOn().toString(), l.durationSeconds(), l.notes(), l.onBehalf(),
                    l.loggedBy() == null ? null : l.loggedBy().toString(), l.sets().stream().map(LogDtos::set).toList(),
                    records == null ? null : records.stream().map(RecordBody::of).toList(), l.createdAt(), l.updatedAt());
        }
    }

    static LoggedSetBody set(LoggedSet s) {
        return new LoggedSetBody(s.id().toString(), s.exercise().toString(), PlanDtos.wire(s.type()), s.reps(), s.seconds(), s.metres(),
                s.load() == null ? null : new LoadBody(s.load().amount(), PlanDtos.wire(s.load().unit())),
                s.effort() == null ? null : new EffortBody(PlanDtos.wire(s.effort().kind()), s.effort().value()), s.done(),
                s.target() == null ? null : PlanDtos.setOf(s.target()));
    }

    @Schema(name = "WorkoutLogPage")
    public record LogPage(List<LogResponse> items, String nextCursor) {
    }

    @Schema(name = "WorkoutLogBatchResult")
    public record BatchResult(List<LogResponse> items) {
    }

    @Schema(name = "PersonalRecordList")
    public record RecordList(List<RecordBody> items) {
    }

    @Schema(name = "ExerciseSession")
    public record SessionBody(String date, List<SessionSet> sets,
            @Schema(description = "The day's best estimated one-rep max, kg (RIR-adjusted Epley); null when no set supports one")
            BigDecimal bestEstimatedOneRepMaxKg) {
        static SessionBody of(ReadTrainingHistoryUseCase.SessionView v) {
            return new SessionBody(v.date().toString(), v.sets().stream().map(s -> new SessionSet(s.reps(), s.kilograms(), s.effort(), s.type()))
                    .toList(), v.bestEstimatedOneRepMaxKg());
        }
    }

    @Schema(name = "ExerciseSessionSet")
    public record SessionSet(int reps, BigDecimal kilograms, String effort, String type) {
    }

    @Schema(name = "ExerciseHistory")
    public record HistoryBody(String exerciseId, List<SessionBody> sessions) {
    }

    @Schema(name = "WeeklyVolume", description = "Hard sets per muscle group per week: 1 per primary muscle, 0.5 per secondary")
    public record VolumeBody(List<VolumeWeek> weeks) {
    }

    @Schema(name = "WeeklyVolumeWeek")
    public record VolumeWeek(@Schema(description = "The week's Monday") String weekOf, java.util.Map<String, Double> sets) {
    }

    @Schema(name = "ResolvedLoad", description = "A percentage load resolved to a loadable weight: the total and the plates per side")
    public record ResolvedLoad(BigDecimal amount, String unit, List<BigDecimal> platesPerSide) {
        static ResolvedLoad of(PlateMath.Loading l) {
            return l == null ? null : new ResolvedLoad(l.total().amount(), PlanDtos.wire(l.total().unit()), l.platesPerSide());
        }
    }

    @Schema(name = "TodaysWorkout", description = "The program day on the date, with percentage loads resolved (null fields when no program runs)")
    public record TodayBody(String date, String programId, String programName, Integer week, Integer day, PlanDtos.DayBody programDay,
            @Schema(description = "Per exercise entry key, per set: the load to put on the bar (null where it cannot be resolved)")
            java.util.Map<String, List<ResolvedLoad>> loads,
            @Schema(description = "Per exercise id: the estimated one-rep max used, kg") java.util.Map<String, BigDecimal> estimatedOneRepMaxKg) {
    }
}
