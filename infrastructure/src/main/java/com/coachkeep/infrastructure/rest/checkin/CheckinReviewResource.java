package com.coachkeep.infrastructure.rest.checkin;

import com.coachkeep.checkin.application.port.in.GetCoachDashboardUseCase;
import com.coachkeep.checkin.application.port.in.GetReviewQueueUseCase;
import com.coachkeep.checkin.application.port.in.SetResponseTargetUseCase;
import com.coachkeep.infrastructure.rest.checkin.CheckinDtos.DashboardResponse;
import com.coachkeep.infrastructure.rest.checkin.CheckinDtos.QueueEntry;
import com.coachkeep.infrastructure.rest.checkin.CheckinDtos.QueueResponse;
import com.coachkeep.infrastructure.rest.checkin.CheckinDtos.TargetRequest;
import com.coachkeep.infrastructure.rest.checkin.CheckinDtos.TargetResponse;
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

/** The coach's side: the review queue, the "who needs me today" dashboard, and the workspace's response-time target. */
@Path("/api/v1/workspaces/{workspaceId}/checkin-review")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Check-ins")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class CheckinReviewResource {
    @Inject
    CurrentCaller current;
    @Inject
    GetReviewQueueUseCase queue;
    @Inject
    GetCoachDashboardUseCase dashboard;
    @Inject
    SetResponseTargetUseCase target;

    @PathParam("workspaceId")
    String workspaceId;

    @GET
    @Path("queue")
    @Access(value = Permission.CHECKINS_REVIEW, scope = Access.Scope.WORKSPACE)
    @Operation(operationId = "getReviewQueue", summary = "Check-ins awaiting review among the clients one sees, oldest first",
            description = "Each with how long it has waited, whether that breaches the workspace's response-time target, and its metrics' "
                    + "change since the client's previous check-in.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = QueueResponse.class)))
    public QueueResponse queue() {
        var q = queue.queue(current.in(workspaceId));
        return new QueueResponse(q.targetHours(), q.entries().stream().map(QueueEntry::of).toList());
    }

    @GET
    @Path("dashboard")
    @Access(value = Permission.CHECKINS_REVIEW, scope = Access.Scope.WORKSPACE)
    @Operation(operationId = "getCoachDashboard", summary = "Who needs the coach today",
            description = "Check-ins awaiting review and those past the target, occurrences missed in the last 14 days, clients with no "
                    + "check-in or metric for inactiveDays, and what other features contribute (a drop in workout compliance).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DashboardResponse.class)))
    public DashboardResponse dashboard(@Parameter(description = "Days without activity that make a client inactive, 1–365 (default 7)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "365", defaultValue = "7")) @QueryParam("inactiveDays") String days) {
        Integer n = null;
        if (days != null) {
            try {
                n = Integer.parseInt(days);
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("inactiveDays", "must be a whole number, 1–365");
            }
        }
        return DashboardResponse.of(dashboard.dashboard(current.in(workspaceId), n));
    }

    @PUT
    @Path("target")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Permission.CHECKIN_FORMS_MANAGE, scope = Access.Scope.WORKSPACE)
    @Operation(operationId = "setReviewTarget", summary = "Set the workspace's response-time target for reviewing check-ins")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TargetResponse.class)))
    public TargetResponse setTarget(@RequestBody(required = true) TargetRequest body) {
        TargetRequest b = JsonBodyReader.required(body);
        return new TargetResponse(target.set(current.in(workspaceId), b.hours()));
    }
}
