package com.coachkeep.infrastructure.rest.shared;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document. {@code type} is a stable URI naming the kind of problem; {@code errors} lists
 * each invalid field of a validation problem; {@code errorId} identifies an unexpected error in the logs; {@code traceId}
 * names the request's trace when tracing is on (OpenTelemetry, docs/operations/observability.md).
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "Stable URI naming the kind of problem", example = "https://coachkeep.app/problems/validation") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(description = "What went wrong, for a person to read") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "The request id, also sent as X-Request-Id") String requestId,
        @Schema(description = "Each invalid field of a validation problem") List<FieldError> errors,
        @Schema(description = "For unexpected errors: quote it to support") String errorId,
        @Schema(description = "The W3C trace id of the request, when tracing is on", example = "4bf92f3577b34da6a3ce929d0e0e4736") String traceId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String BASE = "https://coachkeep.app/problems/";

    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "timezone") String field,
            @Schema(example = "must be an IANA time zone such as Europe/Berlin") String message) {
    }
}
