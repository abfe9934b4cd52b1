package com.coachkeep.infrastructure.rest.nutrition;

import com.coachkeep.infrastructure.rest.nutrition.NutritionDtos.CheckOffRequest;
import com.coachkeep.infrastructure.rest.nutrition.NutritionDtos.ComplianceResponse;
import com.coachkeep.infrastructure.rest.nutrition.NutritionDtos.DaysResponse;
import com.coachkeep.infrastructure.rest.nutrition.NutritionDtos.HabitList;
import com.coachkeep.infrastructure.rest.nutrition.NutritionDtos.HabitRequest;
import com.coachkeep.infrastructure.rest.nutrition.NutritionDtos.HabitResponse;
import com.coachkeep.infrastructure.rest.nutrition.NutritionDtos.LogRequest;
import com.coachkeep.infrastructure.rest.nutrition.NutritionDtos.LogResponse;
import com.coachkeep.infrastructure.rest.nutrition.NutritionDtos.PlanResponse;
import com.coachkeep.infrastructure.rest.nutrition.NutritionDtos.TargetRequest;
import com.coachkeep.infrastructure.rest.nutrition.NutritionDtos.TargetSetResponse;
import com.coachkeep.infrastructure.rest.nutrition.NutritionDtos.TimeZoneRequest;
import com.coachkeep.infrastructure.rest.nutrition.NutritionDtos.ToleranceBody;
import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.Etags;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.nutrition.application.port.in.ArchiveHabitUseCase;
import com.coachkeep.nutrition.application.port.in.AssignHabitUseCase;
import com.coachkeep.nutrition.application.port.in.CheckOffHabitUseCase;
import com.coachkeep.nutrition.application.port.in.GetComplianceUseCase;
import com.coachkeep.nutrition.application.port.in.GetNutritionLogUseCase;
import com.coachkeep.nutrition.application.port.in.GetNutritionPlanUseCase;
import com.coachkeep.nutrition.application.port.in.HabitAssignedView;
import com.coachkeep.nutrition.application.port.in.HabitInput;
import com.coachkeep.nutrition.application.port.in.HabitView;
import com.coachkeep.nutrition.application.port.in.ListHabitsUseCase;
import com.coachkeep.nutrition.application.port.in.ListNutritionLogsUseCase;
import com.coachkeep.nutrition.application.port.in.LogNutritionCommand;
import com.coachkeep.nutrition.application.port.in.LogNutritionUseCase;
import com.coachkeep.nutrition.application.port.in.LoggedView;
import com.coachkeep.nutrition.application.port.in.SetAdherenceToleranceUseCase;
import com.coachkeep.nutrition.application.port.in.SetClientTimeZoneUseCase;
import com.coachkeep.nutrition.application.port.in.SetNutritionTargetUseCase;
import com.coachkeep.nutrition.domain.NutritionTarget;
import com.coachkeep.nutrition.domain.Tolerance;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.Ids;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A client's nutrition and habits: targets by day type, the coach's tolerance, the client's time zone, daily logs
 * (written by the client, or by staff on their behalf), habits and their check-offs, and compliance. Logs and habits
 * are addressed by ids their writers choose, with {@code PUT}, so a resend never duplicates.
 */
@Path("/api/v1/workspaces/{workspaceId}/clients/{clientId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Nutrition and habits")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class NutritionResource {
    @Inject
    CurrentCaller current;
    @Inject
    GetNutritionPlanUseCase plan;
    @Inject
    SetNutritionTargetUseCase setTarget;
    @Inject
    SetAdherenceToleranceUseCase setTolerance;
    @Inject
    SetClientTimeZoneUseCase setTimeZone;
    @Inject
    LogNutritionUseCase logNutrition;
    @Inject
    GetNutritionLogUseCase getLog;
    @Inject
    ListNutritionLogsUseCase listLogs;
    @Inject
    AssignHabitUseCase assignHabit;
    @Inject
    ArchiveHabitUseCase archiveHabit;
    @Inject
    ListHabitsUseCase listHabits;
    @Inject
    CheckOffHabitUseCase checkOff;
    @Inject
    GetComplianceUseCase compliance;

    @PathParam("workspaceId")
    String workspaceId;
    @PathParam("clientId")
    String clientId;

    private Actor actor() {
        return current.in(workspaceId);
    }

    private ClientId client() {
        return ClientId.parse(clientId);
    }

    private static UUID id(String raw) {
        return Ids.parse(raw);
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        return body;
    }

    // ---------------------------------------------------------------------------------------------- targets

    @GET
    @Path("nutrition")
    @Access(value = {Permission.NUTRITION_READ, Permission.SELF_READ}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "getNutritionPlan", summary = "A client's targets (today's per day type, and the history), tolerance and time zone")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public PlanResponse getPlan() {
        return PlanResponse.of(plan.plan(actor(), client()));
    }

    @POST
    @Path("nutrition/targets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Permission.NUTRITION_MANAGE, scope = Access.Scope.CLIENT)
    @Operation(operationId = "setNutritionTarget", summary = "Set a client's targets for a day type from a date on",
            description = "Targets are never edited in place: each applies from its date until a later one of the same day type, so past "
                    + "days keep being judged against what applied then. Setting one for a date that has one replaces it. Answers "
                    + "warnings when the macronutrients do not add up to the calories. Audited.")
    @APIResponse(responseCode = "201", description = "Set", content = @Content(schema = @Schema(implementation = TargetSetResponse.class)))
    public Response setTarget(@RequestBody(required = true) TargetRequest body) {
        TargetRequest b = required(body);
        Actor actor = actor();
        var v = setTarget.setTarget(actor, client(), new NutritionTarget.Values(b.dayType(), b.effectiveFrom(), b.calories(), b.protein(),
                b.carbohydrate(), b.fat(), b.fibre(), b.waterMl()));
        return Response.status(Response.Status.CREATED).entity(TargetSetResponse.of(v)).build();
    }

    @PUT
    @Path("nutrition/tolerance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Permission.NUTRITION_MANAGE, scope = Access.Scope.CLIENT)
    @Operation(operationId = "setAdherenceTolerance", summary = "Set how close to target a client's day must be to count as on target",
            description = "Defaults: calories ±10 %, protein at least 90 %, carbohydrate and fat ±15 %. Audited.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public PlanResponse setTolerance(@RequestBody(required = true) ToleranceBody body) {
        ToleranceBody b = required(body);
        Tolerance t = Tolerance.of(b.caloriesPercent(), b.proteinMinimumPercent(), b.carbohydratePercent(), b.fatPercent());
        return PlanResponse.of(setTolerance.setTolerance(actor(), client(), t));
    }

    @PUT
    @Path("nutrition/time-zone")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = {Permission.NUTRITION_MANAGE, Permission.SELF_WRITE}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "setClientTimeZone", summary = "Set the client's time zone, which decides what today is for them",
            description = "Until it is set, the workspace's time zone stands in. A client's app sets it when the phone's zone changes.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public PlanResponse setTimeZone(@RequestBody(required = true) TimeZoneRequest body) {
        TimeZoneRequest b = required(body);
        return PlanResponse.of(setTimeZone.setTimeZone(actor(), client(), b.timeZone()));
    }

    // ---------------------------------------------------------------------------------------------- logs

    @GET
    @Path("nutrition/logs")
    @Access(value = {Permission.NUTRITION_READ, Permission.SELF_READ}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "listNutritionLogs", summary = "A client's logged days with adherence, and the range's figures",
            description = "At most 92 days; the last 7 days of the client's calendar by default.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DaysResponse.class)))
    public DaysResponse listLogs(@Parameter(description = "First day (YYYY-MM-DD), the client's calendar") @QueryParam("from") String from,
            @Parameter(description = "Last day (YYYY-MM-DD); today in the client's calendar by default") @QueryParam("to") String to) {
        return DaysResponse.of(listLogs.list(actor(), client(), from, to));
    }

    @PUT
    @Path("nutrition/logs/{logId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = {Permission.NUTRITION_MANAGE, Permission.SELF_WRITE}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "putNutritionLog", summary = "Log a day (the client's own, or on the client's behalf)",
            description = "The log's id is a UUID chosen by the client's app: sending the same log again changes nothing, so retries and "
                    + "a phone syncing after days offline never duplicate. A client has one log per day; a second id for a logged day "
                    + "is a 409 naming the first. Meals keep their macronutrients as logged. Staff writing it is recorded and audited.")
    @APIResponse(responseCode = "200", description = "Replaced, or resent unchanged",
            content = @Content(schema = @Schema(implementation = LogResponse.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = LogResponse.class)))
    public Response putLog(@PathParam("logId") String logId, @RequestBody(required = true) LogRequest body) {
        LogRequest b = required(body);
        List<LogNutritionCommand.MealInput> meals = b.meals() == null ? null : b.meals().stream()
                .map(m -> m == null ? null : new LogNutritionCommand.MealInput(m.id(), m.name(), m.eatenAt(), m.calories(), m.protein(),
                        m.carbohydrate(), m.fat(), m.fibre(), m.note())).toList();
        LogNutritionCommand command = LogNutritionCommand.of(logId, b.day(), b.dayType(), b.totals() == null ? null
                : new LogNutritionCommand.MacrosInput(b.totals().calories(), b.totals().protein(), b.totals().carbohydrate(), b.totals().fat(),
                        b.totals().fibre()), meals, b.waterMl(), b.note());
        LoggedView v = logNutrition.log(actor(), client(), command);
        return Response.status(v.created() ? Response.Status.CREATED : Response.Status.OK).entity(LogResponse.of(v.log())).build();
    }

    @GET
    @Path("nutrition/logs/{logId}")
    @Access(value = {Permission.NUTRITION_READ, Permission.SELF_READ}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "getNutritionLog", summary = "One logged day with its meals and adherence")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LogResponse.class)))
    public LogResponse getLog(@PathParam("logId") String logId) {
        UUID id = id(logId);
        return LogResponse.of(getLog.get(actor(), client(), id));
    }

    // ---------------------------------------------------------------------------------------------- habits

    @GET
    @Path("habits")
    @Access(value = {Permission.NUTRITION_READ, Permission.SELF_READ}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "listHabits", summary = "A client's habits with streaks, adherence and recent check-offs")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HabitList.class)))
    public HabitList listHabits(@Parameter(description = "Include archived habits", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("includeArchived") String includeArchived) {
        boolean all;
        if (includeArchived == null || includeArchived.equals("false")) {
            all = false;
        } else if (includeArchived.equals("true")) {
            all = true;
        } else {
            throw InvalidInputException.of("includeArchived", "must be true or false");
        }
        return new HabitList(listHabits.list(actor(), client(), all).stream().map(HabitResponse::of).toList());
    }

    @PUT
    @Path("habits/{habitId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Permission.NUTRITION_MANAGE, scope = Access.Scope.CLIENT)
    @Operation(operationId = "putHabit", summary = "Assign a habit to a client, or change it",
            description = "The habit's id is a UUID the caller chooses, so assigning twice makes one habit. Changing it keeps its "
                    + "check-offs. Send If-Match with the ETag read to avoid overwriting someone else's change.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = HabitResponse.class)))
    @APIResponse(responseCode = "201", description = "Assigned", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = HabitResponse.class)))
    public Response putHabit(@PathParam("habitId") String habitId,
            @Parameter(description = "The ETag last read; 412 when the habit changed since") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true) HabitRequest body) {
        HabitRequest b = required(body);
        UUID id = id(habitId);
        Long expected = Etags.expectedVersion(ifMatch);
        HabitAssignedView v = assignHabit.assign(actor(), client(), id, new HabitInput(b.title(), b.description(), b.schedule(),
                b.timesPerWeek(), b.weekdays(), b.startsOn()), expected);
        return Response.status(v.created() ? Response.Status.CREATED : Response.Status.OK)
                .header(HttpHeaders.ETAG, Etags.of(v.habit().habit().version())).entity(HabitResponse.of(v.habit())).build();
    }

    @GET
    @Path("habits/{habitId}")
    @Access(value = {Permission.NUTRITION_READ, Permission.SELF_READ}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "getHabit", summary = "One habit with its streak, adherence and recent check-offs")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = HabitResponse.class)))
    public Response getHabit(@PathParam("habitId") String habitId) {
        UUID id = id(habitId);
        HabitView v = listHabits.get(actor(), client(), id);
        return Response.ok(HabitResponse.of(v)).header(HttpHeaders.ETAG, Etags.of(v.habit().version())).build();
    }

    @DELETE
    @Path("habits/{habitId}")
    @Access(value = Permission.NUTRITION_MANAGE, scope = Access.Scope.CLIENT)
    @Operation(operationId = "archiveHabit", summary = "Archive a habit: no longer due from the client's today; its history stays")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HabitResponse.class)))
    public HabitResponse archive(@PathParam("habitId") String habitId) {
        UUID id = id(habitId);
        return HabitResponse.of(archiveHabit.archive(actor(), client(), id));
    }

    @PUT
    @Path("habits/{habitId}/check-offs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = {Permission.NUTRITION_MANAGE, Permission.SELF_WRITE}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "checkOffHabit", summary = "Check a habit off for a day of the client's calendar, or take it back",
            description = "Idempotent: a day is checked off once however often it is sent. The day is the client's local date, from the "
                    + "habit's start to the client's today (one day more is accepted for a client travelling east). Staff doing it for "
                    + "the client is audited.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HabitResponse.class)))
    public HabitResponse checkOff(@PathParam("habitId") String habitId, @RequestBody(required = true) CheckOffRequest body) {
        CheckOffRequest b = required(body);
        UUID id = id(habitId);
        return HabitResponse.of(checkOff.checkOff(actor(), client(), id, b.day(), b.done()));
    }

    // ---------------------------------------------------------------------------------------------- compliance

    @GET
    @Path("compliance")
    @Access(value = {Permission.NUTRITION_READ, Permission.SELF_READ}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "getClientCompliance", summary = "A client's compliance over the last 7, 30 and 90 days",
            description = "Nutrition: days on target ÷ days with a target (an unlogged day is not on target), and days logged. Habits: "
                    + "check-offs met ÷ due over every habit. Workouts: done ÷ scheduled, null while not measured.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ComplianceResponse.class)))
    public ComplianceResponse compliance() {
        return ComplianceResponse.of(compliance.compliance(actor(), client()));
    }
}
