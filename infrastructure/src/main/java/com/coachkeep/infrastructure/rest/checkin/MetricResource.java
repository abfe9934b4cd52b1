package com.coachkeep.infrastructure.rest.checkin;

import com.coachkeep.checkin.application.port.in.GetMetricSeriesUseCase;
import com.coachkeep.checkin.application.port.in.ImportWeightHistoryUseCase;
import com.coachkeep.checkin.application.port.in.RecordMetricUseCase;
import com.coachkeep.infrastructure.rest.checkin.CheckinDtos.ImportRequest;
import com.coachkeep.infrastructure.rest.checkin.CheckinDtos.ImportResponse;
import com.coachkeep.infrastructure.rest.checkin.CheckinDtos.MetricResponse;
import com.coachkeep.infrastructure.rest.checkin.CheckinDtos.RecordMetricRequest;
import com.coachkeep.infrastructure.rest.checkin.CheckinDtos.SeriesResponse;
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

/** A client's body metrics: logged values, series with trend, and weight-history imports. Its root path names its own segment. */
@Path("/api/v1/workspaces/{workspaceId}/clients/{clientId}/metrics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Check-ins")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class MetricResource {
    @Inject
    CurrentCaller current;
    @Inject
    RecordMetricUseCase record;
    @Inject
    GetMetricSeriesUseCase series;
    @Inject
    ImportWeightHistoryUseCase importer;

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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = {Permission.CHECKINS_REVIEW, Permission.SELF_WRITE}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "recordMetric", summary = "Log a measured value (outside a check-in)",
            description = "Stored in kg, cm or % with the value and unit as entered, and the source logged.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = MetricResponse.class)))
    public Response record(@RequestBody(required = true) RecordMetricRequest body) {
        RecordMetricRequest b = JsonBodyReader.required(body);
        return Response.status(Response.Status.CREATED)
                .entity(MetricResponse.of(record.record(actor(), client(), b.type(), b.value(), b.unit(), b.measuredOn()))).build();
    }

    @GET
    @Access(value = {Permission.CHECKINS_READ_ASSIGNED, Permission.SELF_READ}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "getMetricSeries", summary = "A client's values of one type with the daily trend and its change over 7, 30 and 90 days")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SeriesResponse.class)))
    public SeriesResponse series(@Parameter(description = "A measurement type's key (default bodyweight)", schema = @Schema(maxLength = 40))
            @QueryParam("type") String type, @Parameter(description = "Days back from today, 1–3660 (default 180)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "3660", defaultValue = "180")) @QueryParam("days") String days) {
        Integer n = null;
        if (days != null) {
            try {
                n = Integer.parseInt(days);
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("days", "must be a whole number, 1–3660");
            }
        }
        return SeriesResponse.of(series.series(actor(), client(), type == null ? "bodyweight" : type, n));
    }

    @POST
    @Path("imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = {Permission.CHECKINS_REVIEW, Permission.SELF_WRITE}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "importWeightHistory", summary = "Import a weight history exported from another app (CSV)",
            description = "Every row is checked: valid rows are stored with the source imported (replacing an earlier import's value of "
                    + "the same day), rejected rows are reported with their line and reason. A file that is not the named format stores "
                    + "nothing (400).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ImportResponse.class)))
    public ImportResponse importHistory(@RequestBody(required = true) ImportRequest body) {
        ImportRequest b = JsonBodyReader.required(body);
        return ImportResponse.of(importer.importCsv(actor(), client(), b.format(), b.unit(), b.csv()));
    }
}
