package com.coachkeep.infrastructure.rest.training;

import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.JsonBodyReader;
import com.coachkeep.infrastructure.rest.shared.PageResponse;
import com.coachkeep.infrastructure.rest.shared.Paging;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.infrastructure.rest.training.LogDtos.BatchItem;
import com.coachkeep.infrastructure.rest.training.LogDtos.BatchRequest;
import com.coachkeep.infrastructure.rest.training.LogDtos.BatchResult;
import com.coachkeep.infrastructure.rest.training.LogDtos.HistoryBody;
import com.coachkeep.infrastructure.rest.training.LogDtos.LogPage;
import com.coachkeep.infrastructure.rest.training.LogDtos.LogRequest;
import com.coachkeep.infrastructure.rest.training.LogDtos.LogResponse;
import com.coachkeep.infrastructure.rest.training.LogDtos.LoggedSetBody;
import com.coachkeep.infrastructure.rest.training.LogDtos.RecordList;
import com.coachkeep.infrastructure.rest.training.LogDtos.ResolvedLoad;
import com.coachkeep.infrastructure.rest.training.LogDtos.SessionBody;
import com.coachkeep.infrastructure.rest.training.LogDtos.TodayBody;
import com.coachkeep.infrastructure.rest.training.LogDtos.VolumeBody;
import com.coachkeep.infrastructure.rest.training.LogDtos.VolumeWeek;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.Validator;
import com.coachkeep.training.application.port.in.GetTodaysWorkoutUseCase;
import com.coachkeep.training.application.port.in.LogWorkoutCommand;
import com.coachkeep.training.application.port.in.LogWorkoutUseCase;
import com.coachkeep.training.application.port.in.ReadTrainingHistoryUseCase;
import com.coachkeep.training.application.port.in.WorkoutLogView;
import com.coachkeep.training.domain.AssignedProgramId;
import com.coachkeep.training.domain.ExerciseId;
import com.coachkeep.training.domain.Load;
import com.coachkeep.training.domain.LoadUnit;
import com.coachkeep.training.domain.LoggedSet;
import com.coachkeep.training.domain.PlanKey;
import com.coachkeep.training.domain.SetType;
import com.coachkeep.training.domain.WorkoutLogId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A client's workout logs and what is read from them: logged by the client (their own only) or by their coach on their
 * behalf; history per exercise, personal records, weekly volume and today's workout with loads resolved.
 */
@Path("/api/v1/workspaces/{workspaceId}/clients/{clientId}/workouts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workouts")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class WorkoutLogResource {
    @Inject
    CurrentCaller current;
    @Inject
    LogWorkoutUseCase logWorkout;
    @Inject
    ReadTrainingHistoryUseCase history;
    @Inject
    GetTodaysWorkoutUseCase today;

    @PathParam("workspaceId")
    String workspaceId;
    @PathParam("clientId")
    String clientId;

    @PUT
    @Path("{workoutId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = {Permission.PROGRAMS_MANAGE, Permission.SELF_WRITE}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "logWorkout", summary = "Log a workout under the client's own id (a resend replaces it, never doubles it)",
            description = "The client logs their own; staff with programs_manage log on the client's behalf (recorded as such). "
                    + "201 when the log is new, 200 when it replaced the log of the same id.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LogResponse.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = LogResponse.class)))
    public Response log(@PathParam("workoutId") String logId, @RequestBody(required = true) LogRequest body) {
        Actor actor = current.in(workspaceId);
        ClientId client = ClientId.parse(clientId);
        WorkoutLogId id = WorkoutLogId.parse(logId);
        JsonBodyReader.required(body);
        LogWorkoutCommand command = command(client, id, body.performedOn(), body.programId(), body.dayKey(), body.durationSeconds(),
                body.notes(), body.sets(), "");
        WorkoutLogView v = logWorkout.log(actor, command);
        return Response.status(v.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(LogResponse.of(v.log(), v.records())).build();
    }

    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = {Permission.PROGRAMS_MANAGE, Permission.SELF_WRITE}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "logWorkoutBatch", summary = "Sync logs kept offline: every log stored (or replaced by id), or none")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BatchResult.class)))
    public BatchResult batch(@RequestBody(required = true) BatchRequest body) {
        Actor actor = current.in(workspaceId);
        ClientId client = ClientId.parse(clientId);
        if (body == null || body.logs() == null) {
            throw InvalidInputException.of(body == null ? "body" : "logs", body == null ? "must be a JSON object" : "is required");
        }
        if (body.logs().size() > LogWorkoutUseCase.MAX_BATCH) {
            throw InvalidInputException.of("logs", "must hold at most " + LogWorkoutUseCase.MAX_BATCH + " logs");
        }
        List<LogWorkoutCommand> commands = new ArrayList<>();
        for (int i = 0; i < body.logs().size(); i++) {
            BatchItem item = body.logs().get(i);
            String at = "logs[" + i + "].";
            WorkoutLogId id = parse(at + "id", item.id(), WorkoutLogId::parse);
            commands.add(command(client, id, item.performedOn(), item.programId(), item.dayKey(), item.durationSeconds(), item.notes(),
                    item.sets(), at));
        }
        return new BatchResult(logWorkout.logBatch(actor, client, commands).stream().map(v -> LogResponse.of(v.log(), v.records())).toList());
    }

    @GET
    @Access(value = {Permission.PROGRAMS_READ, Permission.SELF_READ}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "listWorkoutLogs", summary = "A client's workout logs, newest date first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LogPage.class)))
    public PageResponse<LogResponse> list(
            @Parameter(description = "Page size, 1 to 100 (default 25)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "25")) @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        Actor actor = current.in(workspaceId);
        return PageResponse.of(history.logs(actor, ClientId.parse(clientId), Paging.of(limit, cursor)), l -> LogResponse.of(l, null));
    }

    @GET
    @Path("history/{exerciseId}")
    @Access(value = {Permission.PROGRAMS_READ, Permission.SELF_READ}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "getExerciseHistory", summary = "One exercise's sessions: the sets done and the day's best estimated 1RM")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HistoryBody.class)))
    public HistoryBody exerciseHistory(@PathParam("exerciseId") String exerciseId) {
        Actor actor = current.in(workspaceId);
        ClientId client = ClientId.parse(clientId);
        ExerciseId exercise = ExerciseId.parse(exerciseId);
        return new HistoryBody(exercise.toString(), history.exerciseHistory(actor, client, exercise).stream().map(SessionBody::of).toList());
    }

    @GET
    @Path("records")
    @Access(value = {Permission.PROGRAMS_READ, Permission.SELF_READ}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "listPersonalRecords", summary = "The client's standing records: heaviest load per rep count and best estimated 1RM, per exercise")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RecordList.class)))
    public RecordList records() {
        return new RecordList(history.records(current.in(workspaceId), ClientId.parse(clientId)).stream().map(LogDtos.RecordBody::of).toList());
    }

    @GET
    @Path("volume")
    @Access(value = {Permission.PROGRAMS_READ, Permission.SELF_READ}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "getWeeklyVolume", summary = "Hard sets per muscle group per week (default: the last eight weeks)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VolumeBody.class)))
    public VolumeBody volume(@Parameter(description = "First day (YYYY-MM-DD); its week's Monday is the first week") @QueryParam("from") String from,
            @Parameter(description = "Last day (YYYY-MM-DD); today when absent") @QueryParam("to") String to) {
        Actor actor = current.in(workspaceId);
        ClientId client = ClientId.parse(clientId);
        LocalDate f = from == null ? null : date("from", from);
        LocalDate t = to == null ? null : date("to", to);
        List<VolumeWeek> weeks = new ArrayList<>();
        history.weeklyVolume(actor, client, f, t).forEach((monday, muscles) -> {
            Map<String, Double> sets = new LinkedHashMap<>();
            muscles.forEach((m, n) -> sets.put(PlanDtos.wire(m), n));
            weeks.add(new VolumeWeek(monday.toString(), sets));
        });
        return new VolumeBody(weeks);
    }

    @GET
    @Path("today")
    @Access(value = {Permission.PROGRAMS_READ, Permission.SELF_READ}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "getTodaysWorkout", summary = "The program day on a date, percentage loads resolved to plates",
            description = "The newest of the client's programs that runs on the date; % of 1RM from the client's best estimated 1RM of the "
                    + "last 180 days (RIR-adjusted Epley), a training max as 90 % of it, rounded to a 20 kg bar and standard plates.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TodayBody.class)))
    public TodayBody today(@Parameter(description = "The client's local date (YYYY-MM-DD); today (UTC) when absent") @QueryParam("date") String date) {
        Actor actor = current.in(workspaceId);
        ClientId client = ClientId.parse(clientId);
        LocalDate d = date == null ? LocalDate.now(ZoneOffset.UTC) : date("date", date);
        GetTodaysWorkoutUseCase.TodaysWorkout w = today.today(actor, client, d);
        Map<String, List<ResolvedLoad>> loads = new LinkedHashMap<>();
        w.loads().forEach((k, v) -> loads.put(k, v.stream().map(ResolvedLoad::of).toList()));
        Map<String, java.math.BigDecimal> estimates = new LinkedHashMap<>();
        w.estimatedOneRepMaxKg().forEach((k, v) -> estimates.put(k.toString(), v));
        return new TodayBody(w.date().toString(), w.programId() == null ? null : w.programId().toString(), w.programName(), w.week(),
                w.dayNumber(), w.day() == null ? null : PlanDtos.dayOf(w.day()), loads, estimates);
    }

    // -----------------------------------------------------------------------------------------------------------------

    private static LogWorkoutCommand command(ClientId client, WorkoutLogId id, String performedOn, String programId, String dayKey,
            Integer durationSeconds, String notes, List<LoggedSetBody> sets, String at) {
        Validator v = new Validator();
        LocalDate date = performedOn == null ? null : v.check(at + "performedOn", performedOn, x -> {
            try {
                return LocalDate.parse(x);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("must be a date as YYYY-MM-DD");
            }
        });
        AssignedProgramId program = programId == null ? null : v.check(at + "programId", programId, x -> uuid(x, AssignedProgramId::parse));
        PlanKey day = dayKey == null ? null : v.check(at + "dayKey", dayKey, x -> uuid(x, PlanKey::parse));
        List<LoggedSet> loggedSets = new ArrayList<>();
        if (sets != null) {
            for (int i = 0; i < sets.size(); i++) {
                LoggedSet s = v.check(at + "sets[" + i + "]", sets.get(i), WorkoutLogResource::set);
                if (s != null) {
                    loggedSets.add(s);
                }
            }
        }
        v.throwIfInvalid();
        return new LogWorkoutCommand(client, id, program, day, date, durationSeconds, notes, loggedSets);
    }

    private static LoggedSet set(LoggedSetBody b) {
        Validator v = new Validator();
        UUID id = b.id() == null ? null : v.check("id", b.id(), x -> uuid(x, com.coachkeep.shared.domain.Ids::parse));
        v.require(b.id() != null, "id", "is required");
        ExerciseId exercise = b.exerciseId() == null ? null : v.check("exerciseId", b.exerciseId(), x -> uuid(x, ExerciseId::parse));
        SetType type = b.type() == null ? null : v.check("type", b.type(), WorkoutLogResource::setType);
        Load load = b.load() == null ? null : v.check("load", b.load(), l -> {
            if (l.amount() == null || l.unit() == null) {
                throw new IllegalArgumentException("needs an amount and a unit (kg or lb)");
            }
            return new Load(l.amount(), LoadUnit.parse(l.unit()));
        });
        var effort = b.effort() == null ? null : v.check("effort", b.effort(), PlanDtos::effortToDomain);
        com.coachkeep.training.domain.SetPrescription target = null;
        if (b.target() != null) {
            try {
                target = PlanDtos.setToDomain(b.target(), "target");
            } catch (InvalidInputException e) {
                e.violations().forEach(x -> v.require(false, x.field(), x.message()));
            }
        }
        v.throwIfInvalid();
        return new LoggedSet(id, exercise, type, b.reps(), b.seconds(), b.metres(), load, effort, b.done() == null || b.done(), target);
    }

    private static SetType setType(String text) {
        for (SetType t : SetType.values()) {
            if (t.name().equalsIgnoreCase(text)) {
                return t;
            }
        }
        throw new IllegalArgumentException("must be warm_up, working, drop or amrap");
    }

    private static <T> T uuid(String text, Function<String, T> parse) {
        try {
            return parse.apply(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("must be a UUID");
        }
    }

    private static <T> T parse(String field, String text, Function<String, T> parse) {
        if (text == null) {
            throw InvalidInputException.of(field, "is required");
        }
        try {
            return parse.apply(text);
        } catch (RuntimeException e) {
            throw InvalidInputException.of(field, "must be a UUID");
        }
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (RuntimeException e) {
            throw InvalidInputException.of(field, "must be a date as YYYY-MM-DD");
        }
    }

}
