package com.coachkeep.infrastructure.rest.checkin;

import com.coachkeep.checkin.application.port.in.GetCheckinFormUseCase;
import com.coachkeep.checkin.application.port.in.QuestionInput;
import com.coachkeep.checkin.application.port.in.SaveCheckinFormUseCase;
import com.coachkeep.infrastructure.rest.checkin.CheckinDtos.FormList;
import com.coachkeep.infrastructure.rest.checkin.CheckinDtos.FormRequest;
import com.coachkeep.infrastructure.rest.checkin.CheckinDtos.FormResponse;
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

/** The workspace's check-in forms: saved by staff who manage forms (each change a new version), read by staff and clients. */
@Path("/api/v1/workspaces/{workspaceId}/checkin-forms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Check-ins")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class CheckinFormResource {
    @Inject
    CurrentCaller current;
    @Inject
    SaveCheckinFormUseCase save;
    @Inject
    GetCheckinFormUseCase get;

    @PathParam("workspaceId")
    String workspaceId;

    private Actor actor() {
        return current.in(workspaceId);
    }

    @GET
    @Access(value = {Permission.CHECKIN_FORMS_MANAGE, Permission.CHECKINS_READ_ASSIGNED, Permission.SELF_READ}, scope = Access.Scope.WORKSPACE)
    @Operation(operationId = "listCheckinForms", summary = "The workspace's check-in forms, each in its latest version")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FormList.class)))
    public FormList list() {
        return new FormList(get.list(actor()).stream().map(FormResponse::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Permission.CHECKIN_FORMS_MANAGE, scope = Access.Scope.WORKSPACE)
    @Operation(operationId = "createCheckinForm", summary = "Create a check-in form (its version 1)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = FormResponse.class)))
    public Response create(@RequestBody(required = true) FormRequest body) {
        FormRequest b = JsonBodyReader.required(body);
        var saved = save.create(actor(), b.name(), questions(b));
        return Response.status(Response.Status.CREATED).entity(FormResponse.of(saved.form())).build();
    }

    private static java.util.List<QuestionInput> questions(FormRequest b) {
        return b.questions() == null ? null : b.questions().stream()
                .map(q -> q == null ? null : new QuestionInput(q.key(), q.type(), q.text(), q.required(), q.unit(), q.options(), q.poses())).toList();
    }

    @PUT
    @Path("{formId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Permission.CHECKIN_FORMS_MANAGE, scope = Access.Scope.WORKSPACE)
    @Operation(operationId = "reviseCheckinForm", summary = "Save the next version of a check-in form",
            description = "A change never edits a version: it adds the next one, so check-ins keep the questions they answered. Saving "
                    + "the same content again adds nothing.")
    @APIResponse(responseCode = "200", description = "Saved (a new version if anything changed)",
            content = @Content(schema = @Schema(implementation = FormResponse.class)))
    public FormResponse revise(@PathParam("formId") String formId, @RequestBody(required = true) FormRequest body) {
        FormRequest b = JsonBodyReader.required(body);
        UUID id = Ids.parse(formId);
        return FormResponse.of(save.revise(actor(), id, b.name(), questions(b)).form());
    }

    @GET
    @Path("{formId}")
    @Access(value = {Permission.CHECKIN_FORMS_MANAGE, Permission.CHECKINS_READ_ASSIGNED, Permission.SELF_READ}, scope = Access.Scope.WORKSPACE)
    @Operation(operationId = "getCheckinForm", summary = "A check-in form's latest version, or an earlier one as check-ins answered it")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FormResponse.class)))
    public FormResponse get(@PathParam("formId") String formId, @Parameter(description = "A version of the form (default: the latest)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("version") String version) {
        UUID id = Ids.parse(formId);
        Integer v = null;
        if (version != null) {
            try {
                v = Integer.parseInt(version);
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("version", "must be a version number");
            }
        }
        return FormResponse.of(get.get(actor(), id, v));
    }
}
