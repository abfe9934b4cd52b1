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

/** The workspace's program library: templates and their versions, assignment to many clients, template changes per client. */
@Path("/api/v1/workspaces/{workspaceId}/program-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programs")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class ProgramTemplateResource {
    @Inject
    CurrentCaller current;
    @Inject
    Idempotency idempotency;
    @Inject
    CreateProgramTemplateUseCase create;
    @Inject
    ReviseProgramTemplateUseCase revise;
    @Inject
    DuplicateProgramTemplateUseCase duplicate;
    @Inject
    ArchiveProgramTemplateUseCase archive;
    @Inject
    GetProgramTemplateUseCase get;
    @Inject
    ListProgramTemplatesUseCase list;
    @Inject
    AssignProgramUseCase assign;
    @Inject
    StartProgramAssignmentJobUseCase assignmentJobs;
    @Inject
    GetProgramAssignmentJobUseCase assignmentJobQuery;
    @Inject
    ReviewTemplateChangesUseCase changes;
    @Context
    UriInfo uri;

    @PathParam("workspaceId")
    String workspaceId;

    @GET
    @Access(Permission.PROGRAMS_READ)
    @Operation(operationId = "listProgramTemplates", summary = "The template library by name (without plans)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProgramTemplatePage.class)))
    public PageResponse<ProgramTemplateResponse> list(
            @Parameter(description = "Active templates (default) or archived ones", schema = @Schema(enumeration = {"active", "archived"}))
            @QueryParam("status") String status,
            @Parameter(description = "Page size, 1 to 100 (default 25)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "25")) @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        Actor actor = current.in(workspaceId);
        if (status != null && !status.equals("active") && !status.equals("archived")) {
            throw InvalidInputException.of("status", "must be active or archived");
        }
        return PageResponse.of(list.list(actor, "archived".equals(status), Paging.of(limit, cursor)), ProgramTemplateResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Permission.PROGRAMS_MANAGE)
    @Operation(operationId = "createProgramTemplate", summary = "Add a template to the library; its plan becomes version 1",
            description = "The plan is validated as a whole: every invalid field is named with its path, such as "
                    + "plan.phases[0].weeks[0].days[0].blocks[0].entries (a superset needs at least 2 exercises).")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ProgramTemplateResponse.class)))
    public Response create(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @RequestBody(required = true) ProgramTemplateRequest body) {
        JsonBodyReader.required(body);
        Actor actor = current.in(workspaceId);
        return idempotency.run(current.caller(), idempotencyKey, "createProgramTemplate:" + workspaceId, body,
                Idempotency.Owner.workspace(workspaceId), () -> {
                    ProgramTemplateView v = create.create(actor, command(body, null));
                    return Response.created(uri.getBaseUriBuilder().path("api/v1/workspaces/{w}/program-templates/{t}")
                                    .build(workspaceId, v.id().toString()))
                            .header(HttpHeaders.ETAG, Etags.of(v.currentVersion())).entity(ProgramTemplateResponse.of(v)).build();
                });
    }

    @GET
    @Path("{templateId}")
    @Access(Permission.PROGRAMS_READ)
    @Operation(operationId = "getProgramTemplate", summary = "A template with the plan of its current version, or of the version asked for")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProgramTemplateResponse.class)))
    public Response get(@PathParam("templateId") String templateId,
            @Parameter(description = "A saved version (1 or more); the current one when absent", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @QueryParam("version") String version) {
        Actor actor = current.in(workspaceId);
        ProgramTemplateId id = ProgramTemplateId.parse(templateId);
        Integer v = version == null ? null : versionQuery(version);
        ProgramTemplateView view = v == null ? get.get(actor, id) : get.getVersion(actor, id, v);
        return Response.ok(ProgramTemplateResponse.of(view)).header(HttpHeaders.ETAG, Etags.of(view.currentVersion())).build();
    }

    @PUT
    @Path("{templateId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Permission.PROGRAMS_MANAGE)
    @Operation(operationId = "reviseProgramTemplate", summary = "Save a template again: a new version",
            description = "Clients' programs keep the version they were given; review and apply the change per client with "
                    + "the template's changes. Send If-Match with the ETag you read (the current version) to avoid overwriting someone else's save.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProgramTemplateResponse.class)))
    public Response revise(@PathParam("templateId") String templateId,
            @Parameter(description = "The ETag last read; 412 when the template changed since") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true) ProgramTemplateRequest body) {
        Actor actor = current.in(workspaceId);
        ProgramTemplateId id = ProgramTemplateId.parse(templateId);
        JsonBodyReader.required(body);
        ProgramTemplateView v = revise.revise(actor, id, command(body, Etags.expectedVersion(ifMatch)));
        return Response.ok(ProgramTemplateResponse.of(v)).header(HttpHeaders.ETAG, Etags.of(v.currentVersion())).build();
    }

    @POST
    @Path("{templateId}/duplicate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Permission.PROGRAMS_MANAGE)
    @Operation(operationId = "duplicateProgramTemplate", summary = "A new template from this one's current version")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ProgramTemplateResponse.class)))
    public Response duplicate(@PathParam("templateId") String templateId, @RequestBody(required = true) DuplicateProgramTemplateRequest body) {
        Actor actor = current.in(workspaceId);
        ProgramTemplateId id = ProgramTemplateId.parse(templateId);
        JsonBodyReader.required(body);
        ProgramTemplateView v = duplicate.duplicate(actor, id, body.name());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/workspaces/{w}/program-templates/{t}").build(workspaceId, v.id().toString()))
                .header(HttpHeaders.ETAG, Etags.of(v.currentVersion())).entity(ProgramTemplateResponse.of(v)).build();
    }

    @POST
    @Path("{templateId}/archive")
    @Access(Permission.PROGRAMS_MANAGE)
    @Operation(operationId = "archiveProgramTemplate", summary = "Archive a template: no longer offered, edited or assigned; clients' programs stay")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProgramTemplateResponse.class)))
    public ProgramTemplateResponse archive(@PathParam("templateId") String templateId) {
        return ProgramTemplateResponse.of(archive.archive(current.in(workspaceId), ProgramTemplateId.parse(templateId)));
    }

    @GET
    @Path("{templateId}/versions")
    @Access(Permission.PROGRAMS_READ)
    @Operation(operationId = "listProgramTemplateVersions", summary = "A template's saved versions, newest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VersionList.class)))
    public VersionList versions(@PathParam("templateId") String templateId) {
        return new VersionList(get.versions(current.in(workspaceId), ProgramTemplateId.parse(templateId)).stream()
                .map(VersionResponse::of).toList());
    }

    @POST
    @Path("{templateId}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Permission.PROGRAMS_MANAGE)
    @Operation(operationId = "assignProgramToClients", summary = "Give many clients this program at once (up to 500 per request)",
            description = "Each client gets a copy of the template version from the start date, in one transaction: all or none. "
                    + "A client who is missing or not visible to the caller is named in the problem (clientIds[i]).")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = AssignedProgramList.class)))
    public Response assignToClients(@PathParam("templateId") String templateId, @RequestBody(required = true) AssignToClientsRequest body) {
        Actor actor = current.in(workspaceId);
        ProgramTemplateId id = ProgramTemplateId.parse(templateId);
        JsonBodyReader.required(body);
        List<Violation> violations = new ArrayList<>();
        List<ClientId> clients = collect(violations, () -> clientIds(body.clientIds()));
        LocalDate start = collect(violations, () -> date("startDate", body.startDate()));
        ProgramSchedule schedule = collect(violations, () -> ProgramSchedule.parse(body.schedule(), "schedule"));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<AssignedProgramView> v = assign.assignToClients(actor, clients, id, body.templateVersion(), start, schedule);
        return Response.status(Response.Status.CREATED).entity(new AssignedProgramList(v.stream().map(AssignedProgramResponse::of).toList())).build();
    }

    @POST
    @Path("{templateId}/assignment-jobs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Permission.PROGRAMS_MANAGE)
    @Operation(operationId = "createProgramAssignmentJob", summary = "Give many clients this program as a job with progress (up to 1,000)",
            description = "Answers at once (202) with the queued job; poll it at Location. The clients are assigned in batches of 50, "
                    + "each batch on its own; a client the caller cannot see (or who left) is listed among the failures with the "
                    + "reason, and the others are assigned. An interrupted job keeps what it assigned; send the clients left again.")
    @APIResponse(responseCode = "202", description = "Accepted: the job is queued",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AssignmentJobResponse.class)))
    public Response startAssignmentJob(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @PathParam("templateId") String templateId,
            @RequestBody(required = true) AssignmentJobRequest body) {
        Actor actor = current.in(workspaceId);
        ProgramTemplateId id = ProgramTemplateId.parse(templateId);
        JsonBodyReader.required(body);
        return idempotency.run(current.caller(), idempotencyKey, "createProgramAssignmentJob:" + workspaceId + ":" + templateId, body,
                Idempotency.Owner.workspace(workspaceId), () -> {
                    List<Violation> violations = new ArrayList<>();
                    List<ClientId> clients = collect(violations, () -> clientIds(body.clientIds(),
                            com.coachkeep.training.domain.ProgramAssignmentJob.MAX_CLIENTS, "clients per job"));
                    LocalDate start = collect(violations, () -> date("startDate", body.startDate()));
                    ProgramSchedule schedule = collect(violations, () -> ProgramSchedule.parse(body.schedule(), "schedule"));
                    if (!violations.isEmpty()) {
                        throw new InvalidInputException(violations);
                    }
                    ProgramAssignmentJobView job = assignmentJobs.start(actor, id, body.templateVersion(), clients, start, schedule);
                    return Response.accepted(AssignmentJobResponse.of(job))
                            .location(uri.getBaseUriBuilder().path("api/v1/workspaces/{w}/program-templates/{t}/assignment-jobs/{j}")
                                    .build(workspaceId, templateId, job.id().toString())).build();
                });
    }

    @GET
    @Path("{templateId}/assignment-jobs/{assignmentJobId}")
    @Access(Permission.PROGRAMS_MANAGE)
    @Operation(operationId = "getProgramAssignmentJob", summary = "An assignment job's progress: how many clients were dealt with, "
            + "assigned, and which failed and why")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AssignmentJobResponse.class)))
    public AssignmentJobResponse assignmentJob(@PathParam("templateId") String templateId,
            @PathParam("assignmentJobId") String assignmentJobId) {
        return AssignmentJobResponse.of(assignmentJobQuery.get(current.in(workspaceId), ProgramTemplateId.parse(templateId),
                com.coachkeep.training.domain.ProgramAssignmentJobId.parse(assignmentJobId)));
    }

    @GET
    @Path("{templateId}/changes")
    @Access(Permission.PROGRAMS_READ)
    @Operation(operationId = "reviewProgramTemplateChanges", summary = "Per client, what a template version would change in their program",
            description = "For every program made from this template on an older version (of the clients the caller can see): the "
                    + "changes by place, keeping the coach's adjustments for that client (kept_adjustment marks a template change the "
                    + "client's own version overrides), and the plan the client would have.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TemplateChangeList.class)))
    public TemplateChangeList review(@PathParam("templateId") String templateId,
            @Parameter(description = "The version to compare with; the current one when absent", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @QueryParam("version") String version,
            @Parameter(description = "Only this client's program") @QueryParam("clientId") String clientId) {
        Actor actor = current.in(workspaceId);
        ProgramTemplateId id = ProgramTemplateId.parse(templateId);
        List<Violation> violations = new ArrayList<>();
        Integer v = version == null ? null : collect(violations, () -> versionQuery(version));
        ClientId only = clientId == null ? null : collect(violations, () -> clientIds(List.of(clientId)).get(0));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream().map(x -> x.field().equals("clientIds[0]")
                    ? new Violation("clientId", "is not a client id") : x).toList());
        }
        return new TemplateChangeList(changes.preview(actor, id, v, only).stream().map(TemplateChangeResponse::of).toList());
    }

    @POST
    @Path("{templateId}/changes/apply")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Permission.PROGRAMS_MANAGE)
    @Operation(operationId = "applyProgramTemplateChanges", summary = "Apply a template version to the programs of the clients chosen",
            description = "Each chosen client's program takes the version, keeping the coach's adjustments for that client. Answers what changed for each.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TemplateChangeList.class)))
    public TemplateChangeList apply(@PathParam("templateId") String templateId, @RequestBody(required = true) ApplyChangesRequest body) {
        Actor actor = current.in(workspaceId);
        ProgramTemplateId id = ProgramTemplateId.parse(templateId);
        JsonBodyReader.required(body);
        return new TemplateChangeList(changes.apply(actor, id, body.version(), clientIds(body.clientIds())).stream()
                .map(TemplateChangeResponse::of).toList());
    }

    private static ProgramTemplateCommand command(ProgramTemplateRequest body, Long expectedVersion) {
        return new ProgramTemplateCommand(body.name(), body.description(), body.plan() == null ? null : PlanDtos.toDomain(body.plan(), "plan"),
                expectedVersion);
    }

    private static int versionQuery(String text) {
        try {
            int v = text.length() > 9 ? -1 : Integer.parseInt(text);
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw InvalidInputException.of("version", "must be a version number (1 or more)");
    }

    /** The value {@code read} gives, or null with its complaints added to {@code violations} (so that every field is named at once). */
    static <T> T collect(List<Violation> violations, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
            return null;
        }
    }

    static LocalDate date(String field, String text) {
        if (text == null) {
            throw InvalidInputException.of(field, "is required");
        }
        try {
            return LocalDate.parse(text);
        } catch (RuntimeException e) {
            throw InvalidInputException.of(field, "must be a date as YYYY-MM-DD");
        }
    }

    static List<ClientId> clientIds(List<String> ids) {
        return clientIds(ids, AssignProgramUseCase.MAX_CLIENTS, "clients per request");
    }

    static List<ClientId> clientIds(List<String> ids, int max, String what) {
        if (ids == null) {
            throw InvalidInputException.of("clientIds", "is required");
        }
        if (ids.size() > max) {
            throw InvalidInputException.of("clientIds", "at most " + max + " " + what);
        }
        List<ClientId> out = new ArrayList<>();
        List<Violation> bad = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            try {
                out.add(ClientId.parse(ids.get(i)));
            } catch (RuntimeException e) {
                bad.add(new Violation("clientIds[" + i + "]", "is not a client id"));
            }
        }
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return out;
    }
}
