package com.coachkeep.infrastructure.rest.shared;

import com.coachkeep.shared.domain.Refusal;
import jakarta.ws.rs.core.Response;

/** The problem types Coachkeep answers with; their URIs are stable and documented in docs/api/problems.md. */
public enum ProblemType {
    VALIDATION("validation", "Invalid request", 400),
    PAYMENT_REQUIRED("payment-required", "Payment required", 402),
    MALFORMED_BODY("malformed-body", "Malformed request body", 400),
    UNAUTHORIZED("unauthorized", "Authentication required", 401),
    ACCOUNT_DELETED("account-deleted", "Account deleted", 401),
    FORBIDDEN("forbidden", "Not allowed", 403),
    MFA_REQUIRED("mfa-required", "Multi-factor sign-in required", 403),
    RECENT_SIGN_IN_REQUIRED("recent-sign-in-required", "Recent sign-in required", 403),
    WORKSPACE_SUSPENDED("workspace-suspended", "Workspace suspended", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    CONFLICT("conflict", "Conflict", 409),
    STALE_VERSION("stale-version", "Changed by someone else", 412),
    PRECONDITION_FAILED("precondition-failed", "Precondition failed", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency-Key reused with another request", 422),
    CONFIRMATION_MISMATCH("confirmation-mismatch", "Confirmation does not match", 422),
    UNPROCESSABLE("unprocessable", "Not valid as given", 422),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    INTERNAL("internal", "Unexpected error", 500),
    UNAVAILABLE("unavailable", "Temporarily unavailable", 503),
    IMAGE_DECODING_BUSY("image-decoding-busy", "Busy with other images", 503);

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String slug() {
        return slug;
    }

    public String uri() {
        return Problem.BASE + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType t : values()) {
            if (t.status == status && t != MALFORMED_BODY && t != ACCOUNT_DELETED && t != IDEMPOTENCY_KEY_REUSED && t != MFA_REQUIRED
                    && t != RECENT_SIGN_IN_REQUIRED && t != CONFIRMATION_MISMATCH && t != WORKSPACE_SUSPENDED && t != PRECONDITION_FAILED
                    && t != UNPROCESSABLE) {
                return t;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }

    /** The type of a refusal of this category that has no type of its own; its status is the category's status. */
    public static ProblemType of(Refusal.Category category) {
        return switch (category) {
            case NOT_FOUND -> NOT_FOUND;
            case FORBIDDEN -> FORBIDDEN;
            case CONFLICT -> CONFLICT;
            case INVALID -> UNPROCESSABLE;
            case PRECONDITION_FAILED -> PRECONDITION_FAILED;
            case PAYMENT_REQUIRED -> PAYMENT_REQUIRED;
            case RATE_LIMITED -> TOO_MANY_REQUESTS;
        };
    }

    /** The type whose slug this is, if the catalogue has one. */
    public static java.util.Optional<ProblemType> bySlug(String slug) {
        for (ProblemType t : values()) {
            if (t.slug.equals(slug)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }

    public Response.Status httpStatus() {
        return Response.Status.fromStatusCode(status);
    }
}
