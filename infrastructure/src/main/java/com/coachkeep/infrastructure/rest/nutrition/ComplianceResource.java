package com.coachkeep.infrastructure.rest.nutrition;

import com.coachkeep.infrastructure.rest.nutrition.NutritionDtos.ComplianceResponse;
import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.nutrition.application.port.in.GetComplianceUseCase;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A client's compliance over the last 7, 30 and 90 days of their calendar, for staff who read nutrition and for the
 * client.
 *
 * <p>Its root path lies under a client ({@code …/clients/{clientId}/…}) but names its own segment: JAX-RS picks one root
 * resource per request, the one whose path template matches with the most literal characters, so a root path of just
 * {@code …/clients/{clientId}} would take every request under a client away from the roster's resource.
 */
@Path("/api/v1/workspaces/{workspaceId}/clients/{clientId}/compliance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Nutrition and habits")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class ComplianceResource {
    @Inject
    CurrentCaller current;
    @Inject
    GetComplianceUseCase compliance;

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

    // ---------------------------------------------------------------------------------------------- compliance

    @GET
    @Access(value = {Permission.NUTRITION_READ, Permission.SELF_READ}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "getClientCompliance", summary = "A client's compliance over the last 7, 30 and 90 days",
            description = "Nutrition: days on target ÷ days with a target (an unlogged day is not on target), and days logged. Habits: "
                    + "check-offs met ÷ due over every habit. Workouts: done ÷ scheduled, null while not measured.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ComplianceResponse.class)))
    public ComplianceResponse compliance() {
        return ComplianceResponse.of(compliance.compliance(actor(), client()));
    }
}
