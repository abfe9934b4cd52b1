package com.coachkeep.infrastructure.rest.shared;

import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.AccountDeletedException;
import com.coachkeep.shared.application.ImageDecodingBusyException;
import com.coachkeep.shared.application.MultiFactorRequiredException;
import com.coachkeep.shared.application.SecurityEvent;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.application.RateLimitedException;
import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.Ids;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Refusal;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one set of exception mappers: every failure leaves as an RFC 9457 problem. Expected failures say what
 * is wrong; unexpected ones say only an error id, and the stack trace goes to the log under that id.
 */
public final class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    abstract static class Base<E extends Throwable> implements ExceptionMapper<E> {
        @Context
        HttpServletRequest request;
        @Context
        ResourceInfo resource;
        @Inject
        Problems problems;
        @Inject
        SecurityEventReporter securityEvents;

        void report(SecurityEvent.Kind kind, String detail) {
            securityEvents.report(kind, request, resource, detail);
        }
    }

    @Provider
    public static class InvalidInput extends Base<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            var errors = e.violations().stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList();
            String detail = errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                    : errors.size() + " fields are invalid; see errors";
            return problems.response(request, ProblemType.VALIDATION, 400, ProblemType.VALIDATION.uri(), detail, errors, null);
        }
    }

    @Provider
    public static class NotFound extends Base<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return problems.response(request, ProblemType.NOT_FOUND, "The " + e.resource() + " does not exist or is not visible to you.");
        }
    }

    /** Someone addressed a workspace that is not theirs (or does not exist): recorded, answered like a missing one. */
    @Provider
    public static class NotAMember extends Base<NotAMemberException> {
        @Override
        public Response toResponse(NotAMemberException e) {
            report(SecurityEvent.Kind.NOT_A_MEMBER, "no active membership in the addressed workspace");
            return problems.response(request, ProblemType.NOT_FOUND,
                    "The " + e.notFound().resource() + " does not exist or is not visible to you.");
        }
    }

    /** A token of a deleted account: refused like a missing one, with a type that says why. */
    @Provider
    public static class AccountDeleted extends Base<AccountDeletedException> {
        @Override
        public Response toResponse(AccountDeletedException e) {
            report(SecurityEvent.Kind.UNAUTHENTICATED, "token of a deleted account");
            Response r = problems.response(request, ProblemType.ACCOUNT_DELETED, e.getMessage());
            return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"coachkeep\"").build();
        }
    }

    @Provider
    public static class MultiFactorRequired extends Base<MultiFactorRequiredException> {
        @Override
        public Response toResponse(MultiFactorRequiredException e) {
            report(SecurityEvent.Kind.MFA_REQUIRED, "staff sign-in without multi-factor in a workspace that requires it");
            return problems.response(request, ProblemType.MFA_REQUIRED, e.getMessage());
        }
    }

    @Provider
    public static class MalformedId extends Base<Ids.MalformedIdException> {
        @Override
        public Response toResponse(Ids.MalformedIdException e) {
            return problems.response(request, ProblemType.NOT_FOUND, "The resource does not exist or is not visible to you.");
        }
    }

    @Provider
    public static class AccessDenied extends Base<AccessDeniedException> {
        @Override
        public Response toResponse(AccessDeniedException e) {
            report(SecurityEvent.Kind.ACCESS_DENIED, "missing permission " + e.permission().wireName());
            return problems.response(request, ProblemType.FORBIDDEN,
                    "Your role in this workspace does not allow this (" + e.permission().name().toLowerCase().replace('_', ' ') + ").");
        }
    }

    @Provider
    public static class StaleVersion extends Base<StaleVersionException> {
        @Override
        public Response toResponse(StaleVersionException e) {
            Response r = problems.response(request, ProblemType.STALE_VERSION,
                    "Someone changed this since you read it. Read it again and reapply your change.");
            return Response.fromResponse(r).header(HttpHeaders.ETAG, Etags.of(e.currentVersion())).build();
        }
    }

    /**
     * Every other expected refusal, by its type: the category decides the status, the code is the problem type (with
     * its own title when the catalogue has one), the message the detail. A refusal whose code is also a kind of security
     * event (a change that needs a multi-factor sign-in) is reported as one.
     */
    @Provider
    public static class Refused extends Base<Refusal> {
        @Override
        public Response toResponse(Refusal e) {
            ProblemType category = ProblemType.of(e.category());
            SecurityEvent.Kind.named(e.code()).ifPresent(kind -> report(kind, "refused: " + e.code()));
            return problems.response(request, ProblemType.bySlug(e.code()).orElse(category), category.status(), Problem.BASE + e.code(),
                    e.getMessage(), null, null);
        }
    }

    /** A limit per person and day (exports): 429 with Retry-After in seconds. */
    @Provider
    public static class RateLimited extends Base<RateLimitedException> {
        @Override
        public Response toResponse(RateLimitedException e) {
            return retryAfter(problems.response(request, ProblemType.TOO_MANY_REQUESTS, e.getMessage()), e.retryAfter());
        }
    }

    /**
     * This server is decoding as many images as it may at once and none finished within the wait: 503 with Retry-After;
     * nothing of the upload was stored. Logged without a stack trace: operators size the limit or the heap by it.
     */
    @Provider
    public static class ImageDecodingBusy extends Base<ImageDecodingBusyException> {
        @Override
        public Response toResponse(ImageDecodingBusyException e) {
            LOG.warning(() -> "images: every decode permit stayed busy; answered 503 to " + request.getMethod() + " " + request.getRequestURI()
                    + " request " + RequestIds.of(request));
            return retryAfter(problems.response(request, ProblemType.IMAGE_DECODING_BUSY, e.getMessage()), e.retryAfter());
        }
    }

    /** The answer with {@code Retry-After} in whole seconds, at least one. */
    static Response retryAfter(Response r, Duration wait) {
        return Response.fromResponse(r).header("Retry-After", Long.toString(Math.max(1, wait.toSeconds()))).build();
    }

    @Provider
    public static class KeyReused extends Base<Idempotency.KeyReusedException> {
        @Override
        public Response toResponse(Idempotency.KeyReusedException e) {
            return problems.response(request, ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different request; use a new key for a new request.");
        }
    }

    @Provider
    public static class TooMany extends Base<TooManyRequestsException> {
        @Override
        public Response toResponse(TooManyRequestsException e) {
            Response r = problems.response(request, ProblemType.TOO_MANY_REQUESTS,
                    "Too many requests from your address; try again after " + e.retryAfterSeconds() + " seconds.");
            return Response.fromResponse(r).header("Retry-After", e.retryAfterSeconds()).build();
        }
    }

    @Provider
    public static class TooLarge extends Base<BodyLimit.TooLargeException> {
        @Override
        public Response toResponse(BodyLimit.TooLargeException e) {
            return bodyProblem(this, e);
        }
    }

    @Provider
    public static class Processing extends Base<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return bodyProblem(this, e);
        }
    }

    @Provider
    public static class Jsonb extends Base<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return bodyProblem(this, e);
        }
    }

    @Provider
    public static class Json extends Base<JsonException> {
        @Override
        public Response toResponse(JsonException e) {
            return bodyProblem(this, e);
        }
    }

    @Provider
    public static class Web extends Base<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (causedBy(e, BodyLimit.TooLargeException.class)) {
                return bodyProblem(this, e);
            }
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status >= 500) {
                return unexpected(this, e);
            }
            ProblemType type = status == 400 && (causedBy(e, JsonbException.class) || causedBy(e, JsonException.class)
                    || causedBy(e, ProcessingException.class)) ? ProblemType.MALFORMED_BODY : ProblemType.forStatus(status);
            String detail = switch (status) {
                case 401 -> "Sign in: send a valid bearer token from the configured identity provider.";
                case 404 -> "There is nothing at this address.";
                case 405 -> "This address does not accept " + request.getMethod() + ".";
                case 406 -> "This API answers with application/json.";
                case 415 -> "Send the body as application/json.";
                default -> type == ProblemType.MALFORMED_BODY ? malformed(e) : type.title();
            };
            if (status == 401) {
                report(SecurityEvent.Kind.UNAUTHENTICATED, "no valid bearer token");
            } else if (status == 403) {
                report(SecurityEvent.Kind.FORBIDDEN, "refused before the application");
            }
            Response r = problems.response(request, type, status, type.uri(), detail, null, null);
            if (e instanceof NotAuthorizedException) {
                return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"coachkeep\"").build();
            }
            if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
                return Response.fromResponse(r).header("Allow", e.getResponse().getHeaderString("Allow")).build();
            }
            return r;
        }
    }

    @Provider
    public static class Unexpected extends Base<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            if (causedBy(e, BodyLimit.TooLargeException.class) || causedBy(e, JsonbException.class)
                    || causedBy(e, JsonException.class)) {
                return bodyProblem(this, e);
            }
            return unexpected(this, e);
        }
    }

    static Response unexpected(Base<?> base, Throwable e) {
        if (DatabaseUnavailable.isCause(e)) {
            return unavailable(base, e);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "unexpected error " + errorId + " on " + base.request.getMethod() + " "
                + base.request.getRequestURI() + " request " + RequestIds.of(base.request), e);
        return base.problems.response(base.request, ProblemType.INTERNAL, 500, ProblemType.INTERNAL.uri(),
                "Something went wrong on our side. Quote the error id when you contact support.", null, errorId);
    }

    /**
     * The database cannot be reached: {@code 503} with {@code Retry-After}; nothing was written (the request's transaction
     * did not commit). Logged without the stack trace, which would only repeat once per request of an outage.
     */
    static Response unavailable(Base<?> base, Throwable e) {
        LOG.warning(() -> "database unavailable on " + base.request.getMethod() + " " + base.request.getRequestURI() + " request "
                + RequestIds.of(base.request) + ": " + rootMessage(e));
        Response r = base.problems.response(base.request, ProblemType.UNAVAILABLE,
                "The service cannot reach its database right now; nothing was changed. Retry after "
                        + DatabaseUnavailable.RETRY_AFTER_SECONDS + " seconds.");
        return Response.fromResponse(r).header("Retry-After", Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS)).build();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int i = 0; i < 32 && root.getCause() != null && root.getCause() != root; i++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /** A body that could not be read: too large (413) or not JSON of the expected shape (400). */
    static Response bodyProblem(Base<?> base, Throwable e) {
        if (causedBy(e, BodyLimit.TooLargeException.class)) {
            long limit = BodyLimit.MAX_BYTES;
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof BodyLimit.TooLargeException tooLarge) {
                    limit = tooLarge.limit();
                    break;
                }
            }
            return base.problems.response(base.request, ProblemType.PAYLOAD_TOO_LARGE,
                    "Request bodies are limited to " + limit + " bytes.");
        }
        return base.problems.response(base.request, ProblemType.MALFORMED_BODY, malformed(e));
    }

    static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Says what is wrong with a body without echoing parser internals (class names, stack frames). */
    static String malformed(Throwable e) {
        return "The request body is not valid JSON of the expected shape (check the field types and that the JSON is complete).";
    }
}
