package com.coachkeep.infrastructure.rest.nutrition;

import com.coachkeep.infrastructure.rest.nutrition.NutritionDtos.DaysResponse;
import com.coachkeep.infrastructure.rest.nutrition.NutritionDtos.LogRequest;
import com.coachkeep.infrastructure.rest.nutrition.NutritionDtos.LogResponse;
import com.coachkeep.infrastructure.rest.nutrition.NutritionDtos.PlanResponse;
import com.coachkeep.infrastructure.rest.nutrition.NutritionDtos.TargetRequest;
import com.coachkeep.infrastructure.rest.nutrition.NutritionDtos.TargetSetResponse;
import com.coachkeep.infrastructure.rest.nutrition.NutritionDtos.TimeZoneRequest;
import com.coachkeep.infrastructure.rest.nutrition.NutritionDtos.ToleranceBody;
import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.JsonBodyReader;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.nutrition.application.port.in.GetNutritionLogUseCase;
import com.coachkeep.nutrition.application.port.in.GetNutritionPlanUseCase;
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
import com.coachkeep.shared.domain.Permission;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A client's nutrition: targets by day type, the coach's tolerance, the client's time zone and daily logs (written by
 * the client, or by staff on their behalf). Logs are addressed by ids the client's app chooses, with {@code PUT}, so a
 * resend never duplicates.
 *
 * <p>Its root path lies under a client ({@code …/clients/{clientId}/…}) but names its own segment: JAX-RS picks one root
 * resource per request, the one whose path template matches with the most literal characters, so a root path of just
 * {@code …/clients/{clientId}} would take every request under a client away from the roster's resource.
 */
@Path("/api/v1/workspaces/{workspaceId}/clients/{clientId}/nutrition")
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

    // ---------------------------------------------------------------------------------------------- targets

    @GET
    @Access(value = {Permission.NUTRITION_READ, Permission.SELF_READ}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "getNutritionPlan", summary = "A client's targets (today's per day type, and the history), tolerance and time zone")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public PlanResponse getPlan() {
        return PlanResponse.of(plan.plan(actor(), client()));
    }

    @POST
    @Path("targets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Permission.NUTRITION_MANAGE, scope = Access.Scope.CLIENT)
    @Operation(operationId = "setNutritionTarget", summary = "Set a client's targets for a day type from a date on",
            description = "Targets are never edited in place: each applies from its date until a later one of the same day type, so past "
                    + "days keep being judged against what applied then. Setting one for a date that has one replaces it. Answers "
                    + "warnings when the macronutrients do not add up to the calories. Audited.")
    @APIResponse(responseCode = "201", description = "Set", content = @Content(schema = @Schema(implementation = TargetSetResponse.class)))
    public Response setTarget(@RequestBody(required = true) TargetRequest body) {
        TargetRequest b = JsonBodyReader.required(body);
        Actor actor = actor();
        var v = setTarget.setTarget(actor, client(), new NutritionTarget.Values(b.dayType(), b.effectiveFrom(), b.calories(), b.protein(),
                b.carbohydrate(), b.fat(), b.fibre(), b.waterMl()));
        return Response.status(Response.Status.CREATED).entity(TargetSetResponse.of(v)).build();
    }

    @PUT
    @Path("tolerance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Permission.NUTRITION_MANAGE, scope = Access.Scope.CLIENT)
    @Operation(operationId = "setAdherenceTolerance", summary = "Set how close to target a client's day must be to count as on target",
            description = "Defaults: calories ±10 %, protein at least 90 %, carbohydrate and fat ±15 %. Audited.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public PlanResponse setTolerance(@RequestBody(required = true) ToleranceBody body) {
        ToleranceBody b = JsonBodyReader.required(body);
        Tolerance t = Tolerance.of(b.caloriesPercent(), b.proteinMinimumPercent(), b.carbohydratePercent(), b.fatPercent());
        return PlanResponse.of(setTolerance.setTolerance(actor(), client(), t));
    }

    @PUT
    @Path("time-zone")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = {Permission.NUTRITION_MANAGE, Permission.SELF_WRITE}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "setClientTimeZone", summary = "Set the client's time zone, which decides what today is for them",
            description = "Until it is set, the workspace's time zone stands in. A client's app sets it when the phone's zone changes.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public PlanResponse setTimeZone(@RequestBody(required = true) TimeZoneRequest body) {
        TimeZoneRequest b = JsonBodyReader.required(body);
        return PlanResponse.of(setTimeZone.setTimeZone(actor(), client(), b.timeZone()));
    }

    // ---------------------------------------------------------------------------------------------- logs

    @GET
    @Path("logs")
    @Access(value = {Permission.NUTRITION_READ, Permission.SELF_READ}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "listNutritionLogs", summary = "A client's logged days with adherence, and the range's figures",
            description = "At most 92 days; the last 7 days of the client's calendar by default.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DaysResponse.class)))
    public DaysResponse listLogs(@Parameter(description = "First day (YYYY-MM-DD), the client's calendar") @QueryParam("from") String from,
            @Parameter(description = "Last day (YYYY-MM-DD); today in the client's calendar by default") @QueryParam("to") String to) {
        return DaysResponse.of(listLogs.list(actor(), client(), from, to));
    }

    @PUT
    @Path("logs/{logId}")
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
        LogRequest b = JsonBodyReader.required(body);
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
    @Path("logs/{logId}")
    @Access(value = {Permission.NUTRITION_READ, Permission.SELF_READ}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "getNutritionLog", summary = "One logged day with its meals and adherence")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LogResponse.class)))
    public LogResponse getLog(@PathParam("logId") String logId) {
        UUID id = id(logId);
        return LogResponse.of(getLog.get(actor(), client(), id));
    }
}
