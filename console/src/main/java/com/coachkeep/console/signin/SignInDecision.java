package com.coachkeep.console.signin;

import com.coachkeep.console.platform.ConsoleSettings;
import com.coachkeep.support.domain.InternalRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a verified ID token opens a console session. Support staff always need a second factor (P-AUTH-3):
 * the token's {@code amr} must name one of the accepted values, unless development relaxes the rule. The internal role
 * comes from the groups claim, and a token that maps to none is refused. A new session also needs a fresh token, so that
 * a session that ended idle cannot be revived by the server's single-sign-on cookie alone.
 */
public final class SignInDecision {
    /** The outcome. */
    public sealed interface Outcome permits Accepted, NoSecondFactor, NoInternalRole, Stale {
    }

    /** The token opens a session. */
    public record Accepted(StaffSession session) implements Outcome {
    }

    /** The token names no accepted second factor. */
    public record NoSecondFactor(String name, List<String> amr) implements Outcome {
    }

    /** The token's groups map to no internal role. */
    public record NoInternalRole(String name, List<String> groups) implements Outcome {
    }

    /** The token is too old to start a new session: sign in again. */
    public record Stale() implements Outcome {
    }

    private final ConsoleSettings settings;

    public SignInDecision(ConsoleSettings settings) {
        this.settings = settings;
    }

    public Outcome decide(IdTokenClaims token, Instant now) {
        if (token == null || token.issuer() == null || token.subject() == null || token.issuedAt() == null
                || token.issuedAt().isBefore(now.minus(settings.signInFreshness()))) {
            return new Stale();
        }
        Optional<InternalRole> role = roleOf(token.groups());
        if (role.isEmpty()) {
            return new NoInternalRole(token.name(), token.groups());
        }
        boolean secondFactor = token.amr().stream().map(v -> v.toLowerCase(Locale.ROOT)).anyMatch(settings.mfaAmrValues()::contains);
        if (!secondFactor && !settings.mfaRelaxed()) {
            return new NoSecondFactor(token.name(), token.amr());
        }
        return new Accepted(new StaffSession(staffId(token.issuer(), token.subject()), token.name(), role.get(), secondFactor,
                !secondFactor, now));
    }

    /**
     * Development only ({@code coachkeep.console.mfa.relaxed} and a demo staff list, both refused in production): the
     * development provider shares this server, whose own sign-in then authenticates the console's request as the demo
     * staff member before an ID token is read. Their role comes from the demo staff list.
     */
    public Optional<StaffSession> developmentStaff(String user, Instant now) {
        if (!settings.mfaRelaxed() || user == null || !settings.devStaff().containsKey(user)) {
            return Optional.empty();
        }
        InternalRole role = switch (settings.devStaff().get(user)) {
            case "security-officer" -> InternalRole.SECURITY_OFFICER;
            case "admin" -> InternalRole.ADMIN;
            default -> InternalRole.SUPPORT_AGENT;
        };
        return Optional.of(new StaffSession(staffId(settings.devIssuer(), user), user + " (demo)", role, false, true, now));
    }

    /**
     * The internal role of someone in these groups. Someone in the groups of several roles gets the first of security
     * officer, admin, support agent that they hold: a person holds one internal role, and the order is only there to
     * make the answer deterministic; the directory should not grant two.
     */
    Optional<InternalRole> roleOf(List<String> groups) {
        List<String> mine = groups.stream().map(g -> g.toLowerCase(Locale.ROOT)).map(SignInDecision::lastPathSegment).toList();
        if (mine.stream().anyMatch(settings.securityOfficerGroups()::contains)) {
            return Optional.of(InternalRole.SECURITY_OFFICER);
        }
        if (mine.stream().anyMatch(settings.adminGroups()::contains)) {
            return Optional.of(InternalRole.ADMIN);
        }
        if (mine.stream().anyMatch(settings.supportAgentGroups()::contains)) {
            return Optional.of(InternalRole.SUPPORT_AGENT);
        }
        return Optional.empty();
    }

    /** Keycloak can send groups as paths ({@code /staff/coachkeep-admin}); the group's own name is what counts. */
    private static String lastPathSegment(String group) {
        int slash = group.lastIndexOf('/');
        return slash < 0 ? group : group.substring(slash + 1);
    }

    /** The staff member's stable id for the audit trail: issuer and subject, hashed only when too long to store. */
    static String staffId(String issuer, String subject) {
        String id = subject + "@" + issuer;
        if (id.length() <= 200) {
            return id;
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How long a console session may stay idle. */
    public Duration idleTimeout() {
        return settings.idleTimeout();
    }
}
