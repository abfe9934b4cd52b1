package com.coachkeep.infrastructure.rest.nutrition;

import com.coachkeep.infrastructure.rest.nutrition.NutritionDtos.CheckOffRequest;
import com.coachkeep.infrastructure.rest.nutrition.NutritionDtos.HabitList;
import com.coachkeep.infrastructure.rest.nutrition.NutritionDtos.HabitRequest;
import com.coachkeep.infrastructure.rest.nutrition.NutritionDtos.HabitResponse;
import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.Etags;
import com.coachkeep.infrastructure.rest.shared.JsonBodyReader;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.nutrition.application.port.in.ArchiveHabitUseCase;
import com.coachkeep.nutrition.application.port.in.AssignHabitUseCase;
import com.coachkeep.nutrition.application.port.in.CheckOffHabitUseCase;
import com.coachkeep.nutrition.application.port.in.HabitAssignedView;
import com.coachkeep.nutrition.application.port.in.HabitInput;
import com.coachkeep.nutrition.application.port.in.HabitView;
import com.coachkeep.nutrition.application.port.in.ListHabitsUseCase;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
 * A client's habits: assigned, changed and archived by staff, checked off by the client day by day in their own
 * calendar. Habits are addressed by ids their writers choose, with {@code PUT}.
 *
 * <p>Its root path lies under a client ({@code …/clients/{clientId}/…}) but names its own segment: JAX-RS picks one root
 * resource per request, the one whose path template matches with the most literal characters, so a root path of just
 * {@code …/clients/{clientId}} would take every request under a client away from the roster's resource.
 */
@Path("/api/v1/workspaces/{workspaceId}/clients/{clientId}/habits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Nutrition and habits")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class HabitResource {
    @Inject
    CurrentCaller current;
    @Inject
    AssignHabitUseCase assignHabit;
    @Inject
    ArchiveHabitUseCase archiveHabit;
    @Inject
    ListHabitsUseCase listHabits;
    @Inject
    CheckOffHabitUseCase checkOff;

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

    // ---------------------------------------------------------------------------------------------- habits

    @GET
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
    @Path("{habitId}")
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
        HabitRequest b = JsonBodyReader.required(body);
        UUID id = id(habitId);
        Long expected = Etags.expectedVersion(ifMatch);
        HabitAssignedView v = assignHabit.assign(actor(), client(), id, new HabitInput(b.title(), b.description(), b.schedule(),
                b.timesPerWeek(), b.weekdays(), b.startsOn()), expected);
        return Response.status(v.created() ? Response.Status.CREATED : Response.Status.OK)
                .header(HttpHeaders.ETAG, Etags.of(v.habit().habit().version())).entity(HabitResponse.of(v.habit())).build();
    }

    @GET
    @Path("{habitId}")
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
    @Path("{habitId}")
    @Access(value = Permission.NUTRITION_MANAGE, scope = Access.Scope.CLIENT)
    @Operation(operationId = "archiveHabit", summary = "Archive a habit: no longer due from the client's today; its history stays")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HabitResponse.class)))
    public HabitResponse archive(@PathParam("habitId") String habitId) {
        UUID id = id(habitId);
        return HabitResponse.of(archiveHabit.archive(actor(), client(), id));
    }

    @PUT
    @Path("{habitId}/check-offs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = {Permission.NUTRITION_MANAGE, Permission.SELF_WRITE}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "checkOffHabit", summary = "Check a habit off for a day of the client's calendar, or take it back",
            description = "Idempotent: a day is checked off once however often it is sent. The day is the client's local date, from the "
                    + "habit's start to the client's today (one day more is accepted for a client travelling east). Staff doing it for "
                    + "the client is audited.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HabitResponse.class)))
    public HabitResponse checkOff(@PathParam("habitId") String habitId, @RequestBody(required = true) CheckOffRequest body) {
        CheckOffRequest b = JsonBodyReader.required(body);
        UUID id = id(habitId);
        return HabitResponse.of(checkOff.checkOff(actor(), client(), id, b.day(), b.done()));
    }
}
