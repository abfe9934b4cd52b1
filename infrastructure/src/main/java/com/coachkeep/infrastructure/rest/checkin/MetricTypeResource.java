package com.coachkeep.infrastructure.rest.checkin;

import com.coachkeep.checkin.application.port.in.ManageMetricTypesUseCase;
import com.coachkeep.infrastructure.rest.checkin.CheckinDtos.MetricTypeList;
import com.coachkeep.infrastructure.rest.checkin.CheckinDtos.MetricTypeRequest;
import com.coachkeep.infrastructure.rest.checkin.CheckinDtos.MetricTypeResponse;
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

/** Measurement types: the built-in ones and the workspace's own. */
@Path("/api/v1/workspaces/{workspaceId}/metric-types")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Check-ins")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class MetricTypeResource {
    @Inject
    CurrentCaller current;
    @Inject
    ManageMetricTypesUseCase types;

    @PathParam("workspaceId")
    String workspaceId;

    @GET
    @Access(value = {Permission.CHECKIN_FORMS_MANAGE, Permission.CHECKINS_READ_ASSIGNED, Permission.SELF_READ}, scope = Access.Scope.WORKSPACE)
    @Operation(operationId = "listMetricTypes", summary = "The measurement types: built-in (bodyweight, circumferences, body fat) and the workspace's")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MetricTypeList.class)))
    public MetricTypeList list() {
        return new MetricTypeList(types.list(current.in(workspaceId)).stream().map(MetricTypeResponse::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Permission.CHECKIN_FORMS_MANAGE, scope = Access.Scope.WORKSPACE)
    @Operation(operationId = "defineMetricType", summary = "Define a measurement type of the workspace, or rename it",
            description = "Sent again with the same key, it renames the type. Its dimension and unit never change once defined: its values "
                    + "are stored in them (409 metric-type-dimension).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MetricTypeResponse.class)))
    public MetricTypeResponse define(@RequestBody(required = true) MetricTypeRequest body) {
        MetricTypeRequest b = JsonBodyReader.required(body);
        return MetricTypeResponse.of(types.define(current.in(workspaceId), b.key(), b.name(), b.dimension(), b.unit()));
    }
}
