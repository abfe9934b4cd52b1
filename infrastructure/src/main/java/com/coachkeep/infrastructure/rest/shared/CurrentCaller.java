package com.coachkeep.infrastructure.rest.shared;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.application.port.in.IdentifiedActor;
import com.coachkeep.workspace.application.port.in.IdentifyCallerCommand;
import com.coachkeep.workspace.application.port.in.IdentifyCallerUseCase;
import com.coachkeep.workspace.application.port.in.ResolveActorUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The person behind the current request, from the token MicroProfile JWT has verified (signature, issuer,
 * audience, expiry). Reads the principal from the request rather than injecting the token, so anonymous
 * requests are answered with a clean 401 (web.xml already refuses them on /api/v1; this is the second gate). The role in a workspace always comes from the database,
 * read with the person in one query on every request, within the request's transaction ({@link RequestTransaction}).
 *
 * <p>A sign-in counts as multi-factor when the token's {@code amr} names a second-factor method, or its
 * {@code acr} is one of the values configured in {@code coachkeep.auth.mfa-acr-values} (for providers that
 * express step-up through authentication context classes rather than methods).
 */
@RequestScoped
public class CurrentCaller {
    /** Comma-separated {@code acr} values that mean a multi-factor sign-in; none by default. */
    public static final String MFA_ACR_VALUES = "coachkeep.auth.mfa-acr-values";
    private static final Set<String> MULTI_FACTOR_METHODS = Set.of("mfa", "otp", "hwk", "swk", "sms", "fido", "webauthn");

    /** The servlet request (not JAX-RS's SecurityContext, which Liberty does not inject into CDI beans). */
    @Inject
    HttpServletRequest request;

    @Inject
    IdentifyCallerUseCase identify;

    @Inject
    ResolveActorUseCase resolve;

    @Inject
    @ConfigProperty(name = MFA_ACR_VALUES)
    Optional<String> mfaAcrValues;

    private Caller caller;
    private WorkspaceId addressed;

    /** The verified caller; 401 when the request carries no valid token. */
    public Caller caller() {
        if (caller == null) {
            caller = identify.identify(command());
        }
        return caller;
    }

    /** What the verified token says about its bearer; 401 when the request carries no valid token. */
    private IdentifyCallerCommand command() {
        Principal principal = request == null ? null : request.getUserPrincipal();
        if (!(principal instanceof JsonWebToken jwt) || jwt.getSubject() == null) {
            throw new NotAuthorizedException("Bearer realm=\"coachkeep\"");
        }
        return new IdentifyCallerCommand(jwt.getIssuer(), jwt.getSubject(),
                IdentifyCallerCommand.emailOrNull(text(jwt.getClaim("email"))), bool(jwt.getClaim("email_verified")),
                text(jwt.getClaim("name")), time(jwt.getClaim("auth_time")),
                multiFactor(jwt.getClaim("amr")) || multiFactorContext(jwt.getClaim("acr"), acrValues(mfaAcrValues)),
                time(jwt.getClaim("iat")));
    }

    /** The caller acting in the given workspace; not found when they are not an active member of it. */
    public Actor in(String workspaceId) {
        return actorIn(workspaceId, false);
    }

    /**
     * The caller acting in the given workspace to export or delete their data, which a suspension of the workspace
     * does not prevent; not found when they are not an active member of it.
     */
    public Actor forDataRights(String workspaceId) {
        return actorIn(workspaceId, true);
    }

    /**
     * The first time in a request, the caller is identified and their actor resolved by one read; a request that
     * knows its caller already (a second workspace, rarely) only resolves the actor.
     */
    private Actor actorIn(String workspaceId, boolean dataRights) {
        IdentifyCallerCommand command = caller == null ? command() : null;
        WorkspaceId id = WorkspaceId.parse(workspaceId);
        addressed = id;
        try {
            if (command == null) {
                return dataRights ? resolve.resolveForDataRights(caller, id) : resolve.resolve(caller, id);
            }
            IdentifiedActor found = dataRights
                    ? resolve.identifyAndResolveForDataRights(command, id) : resolve.identifyAndResolve(command, id);
            caller = found.caller();
            return found.actorOrThrow();
        } catch (NotFoundException e) {
            throw new NotAMemberException(e);
        }
    }

    /** The person identified in this request so far, or null (anonymous, or not identified yet). */
    public PersonId identifiedPerson() {
        return caller == null ? null : caller.personId();
    }

    /** The workspace this request addressed, or null when it addressed none (yet). */
    public WorkspaceId addressedWorkspace() {
        return addressed;
    }

    static String text(Object claim) {
        if (claim instanceof JsonString s) {
            return s.getString();
        }
        return claim instanceof String s ? s : null;
    }

    static boolean bool(Object claim) {
        return Boolean.TRUE.equals(claim) || JsonValue.TRUE.equals(claim) || "true".equals(text(claim));
    }

    static Instant time(Object claim) {
        if (claim instanceof JsonNumber n) {
            return Instant.ofEpochSecond(n.longValue());
        }
        return claim instanceof Number n ? Instant.ofEpochSecond(n.longValue()) : null;
    }

    static Set<String> acrValues(Optional<String> configured) {
        return configured.map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(x -> !x.isEmpty())
                .collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    /** Whether the token's {@code acr} is one of the configured multi-factor context classes. */
    static boolean multiFactorContext(Object acrClaim, Set<String> mfaAcrValues) {
        String acr = text(acrClaim);
        return acr != null && mfaAcrValues.contains(acr);
    }

    static boolean multiFactor(Object claim) {
        if (claim instanceof JsonArray array) {
            return array.stream().map(CurrentCaller::text).anyMatch(MULTI_FACTOR_METHODS::contains);
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(CurrentCaller::text).anyMatch(MULTI_FACTOR_METHODS::contains);
        }
        return false;
    }
}
