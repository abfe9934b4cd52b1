package com.coachkeep.console.platform;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What the console's sign-in decides on, from MicroProfile Config (environment variables in production; see
 * docs/operations/configuration.md).
 *
 * @param groupsClaim        the ID token claim that lists the staff member's groups or roles
 * @param supportAgentGroups groups that make someone a support agent
 * @param securityOfficerGroups groups that make someone a security officer
 * @param adminGroups        groups that make someone an admin
 * @param mfaAmrValues       {@code amr} values that count as a second factor
 * @param mfaRelaxed         development only: sign-in without a second factor is let in, and says so
 * @param idleTimeout        how long a console session lives without a request from its user
 * @param signInFreshness    how old the ID token may be when a new console session starts with it
 * @param providerName       the identity provider as shown on the sign-in pages
 * @param devStaff           development only: {@code user:role} pairs of the demo staff the server itself signs in
 * @param devIssuer          development only: the issuer the demo staff's ids are recorded under
 */
public record ConsoleSettings(String groupsClaim, Set<String> supportAgentGroups, Set<String> securityOfficerGroups,
        Set<String> adminGroups, Set<String> mfaAmrValues, boolean mfaRelaxed, Duration idleTimeout, Duration signInFreshness,
        String providerName, java.util.Map<String, String> devStaff, String devIssuer) {

    public static final String GROUPS_CLAIM = "coachkeep.console.groups-claim";
    public static final String SUPPORT_AGENT_GROUPS = "coachkeep.console.role.support-agent";
    public static final String SECURITY_OFFICER_GROUPS = "coachkeep.console.role.security-officer";
    public static final String ADMIN_GROUPS = "coachkeep.console.role.admin";
    public static final String MFA_AMR_VALUES = "coachkeep.console.mfa.amr-values";
    public static final String MFA_RELAXED = "coachkeep.console.mfa.relaxed";
    public static final String IDLE_TIMEOUT_MINUTES = "coachkeep.console.idle-timeout-minutes";
    public static final String SIGN_IN_FRESHNESS_SECONDS = "coachkeep.console.sign-in-freshness-seconds";
    public static final String PROVIDER_NAME = "coachkeep.console.provider-name";
    public static final String DEV_STAFF = "coachkeep.console.dev.staff";
    public static final String DEV_ISSUER = "coachkeep.console.dev.issuer";

    /** Values that name a factor beyond a password (RFC 8176 and common provider values): the same the API counts. */
    public static final String DEFAULT_MFA_AMR_VALUES = "mfa,otp,hwk,swk,sms,fido,webauthn";

    public static ConsoleSettings current() {
        return from(ConfigProvider.getConfig());
    }

    public static ConsoleSettings from(Config config) {
        return new ConsoleSettings(
                string(config, GROUPS_CLAIM, "groups"),
                set(string(config, SUPPORT_AGENT_GROUPS, "coachkeep-support-agent")),
                set(string(config, SECURITY_OFFICER_GROUPS, "coachkeep-security-officer")),
                set(string(config, ADMIN_GROUPS, "coachkeep-admin")),
                set(string(config, MFA_AMR_VALUES, DEFAULT_MFA_AMR_VALUES)),
                Boolean.parseBoolean(string(config, MFA_RELAXED, "false")),
                Duration.ofMinutes(Long.parseLong(string(config, IDLE_TIMEOUT_MINUTES, "15"))),
                Duration.ofSeconds(Long.parseLong(string(config, SIGN_IN_FRESHNESS_SECONDS, "120"))),
                string(config, PROVIDER_NAME, "your identity provider"),
                pairs(string(config, DEV_STAFF, "")),
                string(config, DEV_ISSUER, "development"));
    }

    static java.util.Map<String, String> pairs(String commaSeparated) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String pair : commaSeparated.split(",")) {
            int colon = pair.indexOf(':');
            if (colon > 0) {
                out.put(pair.substring(0, colon).strip(), pair.substring(colon + 1).strip().toLowerCase(Locale.ROOT));
            }
        }
        return java.util.Map.copyOf(out);
    }

    private static String string(Config config, String name, String fallback) {
        return config.getOptionalValue(name, String.class).map(String::strip).filter(s -> !s.isEmpty()).orElse(fallback);
    }

    static Set<String> set(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The configured accepted values, for the refusal page. */
    public List<String> mfaAmrValueList() {
        return List.copyOf(mfaAmrValues);
    }
}
