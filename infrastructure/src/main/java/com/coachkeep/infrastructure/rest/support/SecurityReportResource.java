package com.coachkeep.infrastructure.rest.support;

import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.shared.TooManyRequestsException;
import com.coachkeep.infrastructure.rest.support.SupportDtos.SecurityReportAccepted;
import com.coachkeep.infrastructure.rest.support.SupportDtos.SecurityReportRequest;
import com.coachkeep.support.application.port.in.SubmitSecurityReportCommand;
import com.coachkeep.support.application.port.in.SubmitSecurityReportUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public vulnerability report intake (P-DIS-1), named in {@code /.well-known/security.txt}. No sign-in: web.xml
 * leaves this one path unprotected. Rate-limited per client address and overall before anything is read.
 */
@Path("/api/v1/security-reports")
@RequestScoped
@Tag(name = "Security")
public class SecurityReportResource {
    @Inject
    SubmitSecurityReportUseCase submit;
    @Inject
    SecurityReportRateLimit limit;
    @Context
    HttpServletRequest http;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Access(scope = Access.Scope.PUBLIC)
    @Operation(operationId = "submitSecurityReport", summary = "Report a vulnerability",
            description = "Anyone may report a security problem; no sign-in. The report is acknowledged within two business days "
                    + "(by email when an address is given) and tracked until it is closed. Limited to a few reports per hour per "
                    + "client address (429 with Retry-After beyond that); bodies above 64 KiB are refused (413).")
    @APIResponse(responseCode = "202", description = "Received; quote the tracking id in any follow-up",
            content = @Content(schema = @Schema(implementation = SecurityReportAccepted.class)))
    @APIResponse(responseCode = "413", description = "Request body too large",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "415", description = "Body is not application/json",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "429", description = "Too many reports from this address, or in all; try again after Retry-After seconds",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response submit(@RequestBody(required = true, content = @Content(schema = @Schema(implementation = SecurityReportRequest.class)))
            SecurityReportRequest body) {
        SecurityReportRateLimit.Decision decision = limit.tryTake(http.getRemoteAddr());
        if (!decision.allowed()) {
            throw new TooManyRequestsException(decision.retryAfterSeconds());
        }
        SecurityReportRequest b = body == null ? new SecurityReportRequest(null, null, null, null) : body;
        var receipt = submit.submit(new SubmitSecurityReportCommand(b.summary(), b.details(), b.reporterEmail(), b.affectedUrl()));
        return Response.accepted(SecurityReportAccepted.of(receipt)).header("Cache-Control", "no-store").build();
    }
}
