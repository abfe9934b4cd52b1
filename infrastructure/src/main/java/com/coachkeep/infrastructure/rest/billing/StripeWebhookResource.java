package com.coachkeep.infrastructure.rest.billing;

import com.coachkeep.billing.application.port.in.ReceiveBillingWebhookUseCase;
import com.coachkeep.billing.application.port.in.WebhookSource;
import com.coachkeep.infrastructure.rest.billing.BillingDtos.WebhookReceipt;
import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.shared.TooManyRequestsException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Stripe's webhook endpoints, one per source: the platform's own account and the connected accounts. No sign-in
 * (web.xml leaves these two exact paths open): the Stripe-Signature header over the raw body, checked with the source's
 * secret and a set tolerance, is the credential. The event is stored once by its id and answered at once; the billing
 * inbox applies it afterwards (docs/billing.md).
 */
@Path("/api/v1/billing/webhooks")
@RequestScoped
@Tag(name = "Billing")
public class StripeWebhookResource {
    /** Stripe's events are a few KiB; anything far beyond is refused before it is read whole. */
    static final int MAX_BYTES = 512 * 1024;

    @Inject
    ReceiveBillingWebhookUseCase receive;
    @Inject
    WebhookRateLimit limit;

    @POST
    @Path("/platform")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Access(scope = Access.Scope.PUBLIC)
    @Operation(operationId = "receiveStripePlatformWebhook", summary = "Stripe's events of the platform account",
            description = "For Stripe only: the coaches' own Coachkeep subscriptions (Stripe Billing). Verified by the Stripe-Signature "
                    + "header; stored once by event id and applied in the background.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WebhookReceipt.class)))
    @APIResponse(responseCode = "413", description = "Body too large",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "422", description = "webhook-signature-invalid: missing, wrong or stale signature",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "429", description = "Too many deliveries; Stripe retries later",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response platform(@Parameter(description = "Stripe's signature of the body") @HeaderParam("Stripe-Signature") String signature,
            @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.OBJECT,
                    description = "A Stripe event, exactly as Stripe sent it"))) InputStream body) {
        return take(WebhookSource.PLATFORM, signature, body);
    }

    @POST
    @Path("/connect")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Access(scope = Access.Scope.PUBLIC)
    @Operation(operationId = "receiveStripeConnectWebhook", summary = "Stripe's events of the coaches' connected accounts",
            description = "For Stripe only: onboarding state, clients' invoices, payments, refunds and disputes on the coaches' accounts "
                    + "(Stripe Connect). Verified by the Stripe-Signature header; stored once by event id and applied in the background.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WebhookReceipt.class)))
    @APIResponse(responseCode = "413", description = "Body too large",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "422", description = "webhook-signature-invalid: missing, wrong or stale signature",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "429", description = "Too many deliveries; Stripe retries later",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response connect(@Parameter(description = "Stripe's signature of the body") @HeaderParam("Stripe-Signature") String signature,
            @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.OBJECT,
                    description = "A Stripe event, exactly as Stripe sent it"))) InputStream body) {
        return take(WebhookSource.CONNECT, signature, body);
    }

    private Response take(WebhookSource source, String signature, InputStream body) {
        long wait = limit.tryTake(source);
        if (wait > 0) {
            throw new TooManyRequestsException(wait);
        }
        var receipt = receive.receive(source, raw(body), signature);
        return Response.ok(new WebhookReceipt(receipt.eventId(), receipt.duplicate())).build();
    }

    /** The body exactly as sent (UTF-8, as Stripe signs it), up to {@link #MAX_BYTES}. */
    static String raw(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BYTES) {
                    throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
                }
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
