package com.coachkeep.infrastructure.rest.training;

import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.Etags;
import com.coachkeep.infrastructure.rest.shared.Idempotency;
import com.coachkeep.infrastructure.rest.shared.JsonBodyReader;
import com.coachkeep.infrastructure.rest.shared.PageResponse;
import com.coachkeep.infrastructure.rest.shared.Paging;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.infrastructure.rest.training.ProgramDtos.*;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.Violation;
import com.coachkeep.training.application.port.in.*;
import com.coachkeep.training.domain.AssignedProgramId;
import com.coachkeep.training.domain.ProgramSchedule;
import com.coachkeep.training.domain.ProgramTemplateId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

/** One client's programs: assigned by the coach, adjusted for the client, read by the client themself. */
@Path("/api/v1/workspaces/{workspaceId}/clients/{clientId}/programs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programs")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class ClientProgramResource {
    @Inject
    CurrentCaller current;
    @Inject
    Idempotency idempotency;
    @Inject
    AssignProgramUseCase assign;
    @Inject
    GetAssignedProgramUseCase get;
    @Inject
    AdjustAssignedProgramUseCase adjust;

    @PathParam("workspaceId")
    String workspaceId;
    @PathParam("clientId")
    String clientId;

    @GET
    @Access(value = {Permission.PROGRAMS_READ, Permission.SELF_READ}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "listClientPrograms", summary = "A client's programs, newest start first (a client reads their own)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AssignedProgramList.class)))
    public AssignedProgramList list() {
        return new AssignedProgramList(get.list(current.in(workspaceId), ClientId.parse(clientId)).stream()
                .map(AssignedProgramResponse::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Permission.PROGRAMS_MANAGE, scope = Access.Scope.CLIENT)
    @Operation(operationId = "assignProgram", summary = "Give a client a program: a copy of a template version from a start date")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AssignedProgramResponse.class)))
    public Response assign(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @RequestBody(required = true) AssignProgramRequest body) {
        Actor actor = current.in(workspaceId);
        ClientId client = ClientId.parse(clientId);
        JsonBodyReader.required(body);
        return idempotency.run(current.caller(), idempotencyKey, "assignProgram:" + workspaceId + ":" + clientId, body,
                Idempotency.Owner.client(workspaceId, client), () -> {
                    List<Violation> violations = new ArrayList<>();
                    ProgramTemplateId template = ProgramTemplateResource.collect(violations, () -> templateId(body.templateId()));
                    LocalDate start = ProgramTemplateResource.collect(violations, () -> ProgramTemplateResource.date("startDate", body.startDate()));
                    ProgramSchedule schedule = ProgramTemplateResource.collect(violations, () -> ProgramSchedule.parse(body.schedule(), "schedule"));
                    if (!violations.isEmpty()) {
                        throw new InvalidInputException(violations);
                    }
                    AssignedProgramView v = assign.assignToClient(actor, client, template, body.templateVersion(), start, schedule);
                    return Response.status(Response.Status.CREATED).header(HttpHeaders.ETAG, Etags.of(v.version()))
                            .entity(AssignedProgramResponse.of(v)).build();
                });
    }

    @GET
    @Path("{programId}")
    @Access(value = {Permission.PROGRAMS_READ, Permission.SELF_READ}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "getClientProgram", summary = "One of a client's programs, with its plan (a client reads their own)")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AssignedProgramResponse.class)))
    public Response get(@PathParam("programId") String programId) {
        AssignedProgramView v = get.get(current.in(workspaceId), ClientId.parse(clientId), AssignedProgramId.parse(programId));
        return Response.ok(AssignedProgramResponse.of(v)).header(HttpHeaders.ETAG, Etags.of(v.version())).build();
    }

    @PUT
    @Path("{programId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Permission.PROGRAMS_MANAGE, scope = Access.Scope.CLIENT)
    @Operation(operationId = "adjustClientProgram", summary = "Adjust one client's copy: its whole plan, its start date, or both",
            description = "Keep the keys of the elements that stay, so later template changes merge into them; elements the "
                    + "coach changes here are kept when a template change is applied. Send If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AssignedProgramResponse.class)))
    public Response adjust(@PathParam("programId") String programId,
            @Parameter(description = "The ETag last read; 412 when the program changed since") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true) AdjustProgramRequest body) {
        Actor actor = current.in(workspaceId);
        ClientId client = ClientId.parse(clientId);
        AssignedProgramId id = AssignedProgramId.parse(programId);
        JsonBodyReader.required(body);
        Long expected = Etags.expectedVersion(ifMatch);
        List<Violation> violations = new ArrayList<>();
        var plan = body.plan() == null ? null : ProgramTemplateResource.collect(violations, () -> PlanDtos.toDomain(body.plan(), "plan"));
        LocalDate start = body.startDate() == null ? null
                : ProgramTemplateResource.collect(violations, () -> ProgramTemplateResource.date("startDate", body.startDate()));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        AssignedProgramView v = adjust.adjust(actor, client, id, plan, start, expected);
        return Response.ok(AssignedProgramResponse.of(v)).header(HttpHeaders.ETAG, Etags.of(v.version())).build();
    }

    private static ProgramTemplateId templateId(String text) {
        if (text == null) {
            throw InvalidInputException.of("templateId", "is required");
        }
        try {
            return ProgramTemplateId.parse(text);
        } catch (RuntimeException e) {
            throw InvalidInputException.of("templateId", "is not a program template of this workspace");
        }
    }
}
