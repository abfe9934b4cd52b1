package com.coachkeep.infrastructure.rest.shared;

import com.coachkeep.infrastructure.ratelimit.Outcome;
import com.coachkeep.infrastructure.ratelimit.RateLimit;
import com.coachkeep.infrastructure.ratelimit.RateLimiter;
import com.coachkeep.shared.application.SecurityEvent;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.support.application.port.in.AbuseSignal;
import com.coachkeep.support.application.port.in.RaiseAbuseFlagUseCase;
import com.coachkeep.support.domain.AbuseFlag;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.security.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The API's rate limits at its edge (P-LOG-1). Before a matched operation runs, one request is taken from the buckets
 * of the client address, of the signed-in person and of the addressed workspace, and from the tighter bucket of the
 * operations where guessing or bulk copying pays (accepting an invitation, requesting and downloading an export). When
 * an answer is 404, one is taken from the person's look-up bucket of that operation; once it is empty the person's
 * requests to that operation answer 429 until a tenth of it is back (enumeration).
 *
 * <p>A refusal is a 429 problem with {@code Retry-After} and the IETF draft's {@code RateLimit} and
 * {@code RateLimit-Policy} fields; every other answer carries the fields of its tightest limit. The first refusal of
 * a bucket on this node within its period records a security event and raises an abuse flag for security officers
 * (later crossings count on the open flag).
 */
@Provider
@Priority(Priorities.USER)
public class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class.getName());
    private static final String TIGHTEST = "coachkeep.rateLimit.tightest";
    private static final String REFUSED = "coachkeep.rateLimit.refused";
    private static final Map<String, RateLimit> TIGHTER = Map.of(
            "POST /api/v1/invitations/{token}/accept", RateLimit.INVITATION_ACCEPT,
            "GET /api/v1/exports/{exportId}/download", RateLimit.EXPORT_DOWNLOAD,
            "POST /api/v1/workspaces/{workspaceId}/exports", RateLimit.EXPORT_REQUEST,
            "POST /api/v1/workspaces/{workspaceId}/clients/me/exports", RateLimit.EXPORT_REQUEST);

    /**
     * Emptied look-up buckets (person and operation): this node answers 429 without asking the store until a tenth of
     * the quota is back (a minute by default), so an enumerator gains one guess per refill at most and hits look like
     * misses meanwhile.
     */
    private static final Cache<String, Held> EMPTIED = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfter(Expiry.<String, Held>writing((k, h) -> Duration.ofNanos(Math.max(1, h.until() - System.nanoTime())))).build();
    /** Buckets whose crossing this node has flagged within their period, so that an attack raises no flood of flags. */
    private static final Cache<String, Boolean> FLAGGED = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    @Context
    HttpServletRequest http;
    @Context
    ResourceInfo resource;
    @Inject
    RateLimiter limiter;
    @Inject
    Problems problems;
    @Inject
    SecurityEventReporter securityEvents;
    @Inject
    RaiseAbuseFlagUseCase flags;
    @Inject
    CurrentCaller current;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!limiter.enabled()) {
            return;
        }
        String operation = operation(request);
        String person = personKey(http);
        if (person != null) {
            Held emptied = EMPTIED.getIfPresent(person + " " + operation);
            if (emptied != null) {
                refuse(request, emptied.now(), operation, person);
                return;
            }
        }
        List<Check> checks = new ArrayList<>(4);
        checks.add(new Check(RateLimit.ADDRESS, http.getRemoteAddr()));
        if (person != null) {
            checks.add(new Check(RateLimit.PERSON, person));
        }
        String workspace = workspaceIn(http.getRequestURI());
        if (workspace != null) {
            checks.add(new Check(RateLimit.WORKSPACE, workspace));
        }
        RateLimit tighter = TIGHTER.get(operation);
        if (tighter != null && person != null) {
            checks.add(new Check(tighter, person));
        }
        Outcome tightest = null;
        for (Check c : checks) {
            Outcome o = limiter.take(c.limit(), c.subject());
            if (!o.allowed()) {
                refuse(request, o, operation, c.subject());
                return;
            }
            if (tightest == null || o.headroom() < tightest.headroom()) {
                tightest = o;
            }
        }
        request.setProperty(TIGHTEST, tightest);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!limiter.enabled() || request.getProperty(REFUSED) != null) {
            return;
        }
        Outcome tightest = (Outcome) request.getProperty(TIGHTEST);
        if (response.getStatus() == 404 && resource != null && resource.getResourceMethod() != null) {
            String person = personKey(http);
            if (person != null) {
                String operation = operation(request);
                Outcome o = limiter.take(RateLimit.NOT_FOUND, person + " " + operation);
                if (!o.allowed()) {
                    long hold = Math.max(o.nanosToWait(), o.rule().window().toNanos() / 10);
                    Held held = new Held(o, System.nanoTime() + hold);
                    EMPTIED.put(person + " " + operation, held);
                    o = held.now();
                    Response refusal = refusal(o);
                    response.setStatus(refusal.getStatus());
                    response.setEntity(refusal.getEntity(), new Annotation[0], MediaType.valueOf(Problem.MEDIA_TYPE));
                    response.getHeaders().putAll(refusal.getHeaders());
                    crossed(o, operation, person);
                    return;
                }
                if (tightest == null || o.headroom() < tightest.headroom()) {
                    tightest = o;
                }
            }
        }
        if (tightest != null) {
            response.getHeaders().putSingle("RateLimit-Policy", tightest.policyHeader());
            response.getHeaders().putSingle("RateLimit", tightest.rateLimitHeader());
        }
    }

    private void refuse(ContainerRequestContext request, Outcome o, String operation, String subject) {
        request.setProperty(REFUSED, Boolean.TRUE);
        request.abortWith(refusal(o));
        crossed(o, operation, subject);
    }

    private Response refusal(Outcome o) {
        RateLimit.Rule rule = o.rule();
        Response r = problems.response(http, ProblemType.TOO_MANY_REQUESTS, "Too many requests (limit \"" + rule.limit().wireName()
                + "\": " + rule.quota() + " per " + rule.window().toSeconds() + " seconds); try again after " + o.retryAfterSeconds()
                + " seconds.");
        return Response.fromResponse(r).header("Retry-After", o.retryAfterSeconds()).header("RateLimit-Policy", o.policyHeader())
                .header("RateLimit", o.rateLimitHeader()).build();
    }

    /** The first refusal of a bucket on this node within a minute: a security event and an abuse flag. */
    private void crossed(Outcome o, String operation, String subject) {
        RateLimit limit = o.rule().limit();
        String bucket = limit.wireName() + " " + subject;
        if (FLAGGED.asMap().putIfAbsent(bucket, Boolean.TRUE) != null) {
            return;
        }
        // Identifies the person first, so that the security event names them too.
        String flagged = flagSubject(limit.subjectKind(), subject);
        securityEvents.report(SecurityEvent.Kind.RATE_LIMITED, http, resource, limit.wireName());
        try {
            flags.raise(new AbuseSignal(limit.wireName(), limit.subjectKind(), flagged, operation));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "rate limits: raising an abuse flag failed; the refusal stands", e);
        }
    }

    /** Who the flag names: the person's internal id (never their token's subject), the workspace id, the address. */
    private String flagSubject(AbuseFlag.SubjectKind kind, String subject) {
        if (kind != AbuseFlag.SubjectKind.PERSON) {
            return subject;
        }
        try {
            PersonId id = current.identifiedPerson();
            return (id != null ? id : current.caller().personId()).toString();
        } catch (RuntimeException e) {
            return "unidentified";
        }
    }

    private String operation(ContainerRequestContext request) {
        String template = SecurityEventReporter.template(resource);
        return request.getMethod() + " " + (template != null ? template : SecurityEventReporter.withoutIds(http.getRequestURI()));
    }

    /** The signed-in person as the verified token names them (issuer and subject), or null when anonymous. */
    static String personKey(HttpServletRequest http) {
        Principal p = http == null ? null : http.getUserPrincipal();
        if (p instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getIssuer() + " " + jwt.getSubject();
        }
        return null;
    }

    static String workspaceIn(String uri) {
        var id = SecurityEventReporter.workspaceIn(uri);
        return id == null ? null : id.toString();
    }

    private record Check(RateLimit limit, String subject) {
    }

    /** An emptied look-up bucket held until {@code until} ({@link System#nanoTime()}). */
    private record Held(Outcome outcome, long until) {
        Outcome now() {
            long wait = Math.max(1_000_000_000L, until - System.nanoTime());
            return new Outcome(outcome.rule(), false, 0, wait, Math.max(wait, outcome.nanosToReset()));
        }
    }
}
