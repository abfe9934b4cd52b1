package com.coachkeep.infrastructure.rest.training;

import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.Etags;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.infrastructure.rest.training.ExerciseDtos.SettingsResponse;
import com.coachkeep.infrastructure.rest.training.ExerciseDtos.UpdateSettingsRequest;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.training.application.port.in.ExerciseLibrarySettingsView;
import com.coachkeep.training.application.port.in.GetExerciseLibrarySettingsUseCase;
import com.coachkeep.training.application.port.in.UpdateExerciseLibrarySettingsUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

/** The exercise library's settings: AI-drafted descriptions, off until the owner turns them on (P-AI-1). */
@Path("/api/v1/workspaces/{workspaceId}/exercise-library/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exercise library")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class ExerciseLibrarySettingsResource {
    @Inject
    CurrentCaller current;
    @Inject
    GetExerciseLibrarySettingsUseCase get;
    @Inject
    UpdateExerciseLibrarySettingsUseCase update;

    @PathParam("workspaceId")
    String workspaceId;

    @GET
    @Access(Permission.PROGRAMS_READ)
    @Operation(operationId = "getExerciseLibrarySettings", summary = "The exercise library's settings")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SettingsResponse.class)))
    public Response get() {
        return ok(get.get(current.in(workspaceId)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Permission.WORKSPACE_MANAGE)
    @Operation(operationId = "updateExerciseLibrarySettings", summary = "Turn AI-drafted exercise descriptions on or off (owner only)",
            description = "Off by default. When on, staff may send an exercise's name, equipment and muscles to the configured provider "
                    + "(listed on the sub-processor list) for a draft of its instructions. The change is audited.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SettingsResponse.class)))
    public Response update(@Parameter(description = "The ETag last read; 412 when the settings changed since") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true) UpdateSettingsRequest body) {
        if (body == null || body.aiDescriptions() == null) {
            throw InvalidInputException.of("aiDescriptions", "must be true or false");
        }
        Actor actor = current.in(workspaceId);
        return ok(update.update(actor, body.aiDescriptions(), Etags.expectedVersion(ifMatch)));
    }

    private static Response ok(ExerciseLibrarySettingsView v) {
        return Response.ok(SettingsResponse.of(v)).header(HttpHeaders.ETAG, Etags.of(v.version())).build();
    }
}
