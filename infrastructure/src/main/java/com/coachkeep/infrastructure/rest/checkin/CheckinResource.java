package com.coachkeep.infrastructure.rest.checkin;

import com.coachkeep.checkin.application.port.in.GetCheckinUseCase;
import com.coachkeep.checkin.application.port.in.ReviewCheckinUseCase;
import com.coachkeep.checkin.application.port.in.SubmitCheckinUseCase;
import com.coachkeep.infrastructure.rest.checkin.CheckinDtos.CheckinList;
import com.coachkeep.infrastructure.rest.checkin.CheckinDtos.CheckinResponse;
import com.coachkeep.infrastructure.rest.checkin.CheckinDtos.ReviewRequest;
import com.coachkeep.infrastructure.rest.checkin.CheckinDtos.SubmissionRequest;
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
 * A client's check-ins: submitted by the client (or by staff for them), editable until reviewed, reviewed by a coach
 * with feedback, which locks them. Its root path lies under a client but names its own segment.
 */
@Path("/api/v1/workspaces/{workspaceId}/clients/{clientId}/checkins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Check-ins")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class CheckinResource {
    @Inject
    CurrentCaller current;
    @Inject
    SubmitCheckinUseCase submit;
    @Inject
    GetCheckinUseCase get;
    @Inject
    ReviewCheckinUseCase review;

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
    @Operation(operationId = "listCheckins", summary = "A client's check-ins, newest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CheckinList.class)))
    public CheckinList list() {
        return new CheckinList(get.list(actor(), client()).stream().map(CheckinResponse::of).toList());
    }

    @PUT
    @Path("{checkinId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = {Permission.CHECKINS_REVIEW, Permission.SELF_WRITE}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "putCheckin", summary = "Submit a check-in, or change it until it is reviewed",
            description = "The id is a UUID the caller chooses. For a schedule's occurrence, the client may submit from the start of its day "
                    + "until its grace days end; staff may fill one in for the client at any time after the day began (recorded as on the "
                    + "client's behalf). Answers are checked against the form's version; photo-set questions are answered by attaching photos. "
                    + "A reviewed check-in is locked (409 checkin-reviewed).")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = CheckinResponse.class)))
    @APIResponse(responseCode = "201", description = "Submitted", content = @Content(schema = @Schema(implementation = CheckinResponse.class)))
    public Response put(@PathParam("checkinId") String checkinId, @RequestBody(required = true) SubmissionRequest body) {
        SubmissionRequest b = JsonBodyReader.required(body);
        UUID id = Ids.parse(checkinId);
        var s = submit.submit(actor(), client(), id, new SubmitCheckinUseCase.SubmissionInput(b.formId(), b.scheduleId(), b.occurrenceOn(), b.answers(),
                b.metrics() == null ? null : b.metrics().stream().map(m -> m == null ? null
                        : new SubmitCheckinUseCase.MetricInput(m.type(), m.value(), m.unit())).toList()));
        return Response.status(s.created() ? Response.Status.CREATED : Response.Status.OK).entity(CheckinResponse.of(s.checkin())).build();
    }

    @GET
    @Path("{checkinId}")
    @Access(value = {Permission.CHECKINS_READ_ASSIGNED, Permission.SELF_READ}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "getCheckin", summary = "One check-in with its answers, metrics and the coach's feedback")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CheckinResponse.class)))
    public CheckinResponse get(@PathParam("checkinId") String checkinId) {
        return CheckinResponse.of(get.get(actor(), client(), Ids.parse(checkinId)));
    }

    @POST
    @Path("{checkinId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Permission.CHECKINS_REVIEW, scope = Access.Scope.CLIENT)
    @Operation(operationId = "reviewCheckin", summary = "Review a check-in with feedback the client sees; the check-in locks")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CheckinResponse.class)))
    public CheckinResponse review(@PathParam("checkinId") String checkinId, @RequestBody(required = true) ReviewRequest body) {
        ReviewRequest b = JsonBodyReader.required(body);
        UUID id = Ids.parse(checkinId);
        return CheckinResponse.of(review.review(actor(), client(), id, b.feedback()));
    }
}
