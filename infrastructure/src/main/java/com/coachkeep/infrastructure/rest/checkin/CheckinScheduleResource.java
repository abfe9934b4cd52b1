package com.coachkeep.infrastructure.rest.checkin;

import com.coachkeep.checkin.application.port.in.ScheduleCheckinUseCase;
import com.coachkeep.infrastructure.rest.checkin.CheckinDtos.ScheduleList;
import com.coachkeep.infrastructure.rest.checkin.CheckinDtos.ScheduleRequest;
import com.coachkeep.infrastructure.rest.checkin.CheckinDtos.ScheduleResponse;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.JsonBodyReader;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.Ids;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
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
 * A client's check-in schedules, with where each occurrence stands. Its root path lies under a client but names its own
 * segment, so the roster's resource keeps every other path under a client.
 */
@Path("/api/v1/workspaces/{workspaceId}/clients/{clientId}/checkin-schedules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Check-ins")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class CheckinScheduleResource {
    @Inject
    CurrentCaller current;
    @Inject
    ScheduleCheckinUseCase schedules;

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

    @GET
    @Access(value = {Permission.CHECKINS_READ_ASSIGNED, Permission.SELF_READ}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "listCheckinSchedules", summary = "A client's check-in schedules with their occurrences of the last and next five weeks")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ScheduleList.class)))
    public ScheduleList list() {
        return new ScheduleList(schedules.list(actor(), client()).stream().map(ScheduleResponse::of).toList());
    }

    @PUT
    @Path("{scheduleId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Permission.CHECKIN_FORMS_MANAGE, scope = Access.Scope.CLIENT)
    @Operation(operationId = "putCheckinSchedule", summary = "Schedule a check-in form for a client, or change the schedule",
            description = "Occurrences are days of the client's calendar in the schedule's time zone: due until the end of the day there, "
                    + "accepted late for graceDays after, missed after that.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = ScheduleResponse.class)))
    @APIResponse(responseCode = "201", description = "Scheduled", content = @Content(schema = @Schema(implementation = ScheduleResponse.class)))
    public Response put(@PathParam("scheduleId") String scheduleId, @RequestBody(required = true) ScheduleRequest body) {
        ScheduleRequest b = JsonBodyReader.required(body);
        UUID id = Ids.parse(scheduleId);
        var s = schedules.schedule(actor(), client(), id, new ScheduleCheckinUseCase.ScheduleInput(b.formId(), b.kind(), b.weekday(), b.everyWeeks(),
                b.dayOfMonth(), b.onDay(), b.startsOn(), b.endsOn(), b.timeZone(), b.graceDays()));
        return Response.status(s.created() ? Response.Status.CREATED : Response.Status.OK).entity(ScheduleResponse.of(s.schedule())).build();
    }

    @DELETE
    @Path("{scheduleId}")
    @Access(value = Permission.CHECKIN_FORMS_MANAGE, scope = Access.Scope.CLIENT)
    @Operation(operationId = "endCheckinSchedule", summary = "End a check-in schedule; its check-ins stay")
    @APIResponse(responseCode = "204", description = "Ended")
    public Response end(@PathParam("scheduleId") String scheduleId) {
        UUID id = Ids.parse(scheduleId);
        schedules.end(actor(), client(), id);
        return Response.noContent().build();
    }
}
