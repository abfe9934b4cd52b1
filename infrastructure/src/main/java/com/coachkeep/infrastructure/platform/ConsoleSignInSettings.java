package com.coachkeep.infrastructure.platform;

import java.util.Locale;
import org.eclipse.microprofile.config.Config;

/**
 * The console sign-in values the production guard decides on (the console itself reads the rest).
 *
 * @param provider      {@code coachkeep.console.provider}: {@code development} (a provider inside the server with demo
 *                      staff) or {@code external}
 * @param mfaRelaxed    {@code coachkeep.console.mfa.relaxed}: staff let in without a second factor
 * @param httpsRequired {@code coachkeep.console.oidc.https-required}: whether the provider must be reached over HTTPS
 */
public record ConsoleSignInSettings(String provider, boolean mfaRelaxed, boolean httpsRequired) {
    public static final String PROVIDER = "coachkeep.console.provider";
    public static final String MFA_RELAXED = "coachkeep.console.mfa.relaxed";
    public static final String HTTPS_REQUIRED = "coachkeep.console.oidc.https-required";
    public static final String DEVELOPMENT = "development";

    public static ConsoleSignInSettings from(Config config) {
        return new ConsoleSignInSettings(
                config.getOptionalValue(PROVIDER, String.class).map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse(DEVELOPMENT),
                config.getOptionalValue(MFA_RELAXED, String.class).map(s -> Boolean.parseBoolean(s.strip())).orElse(false),
                config.getOptionalValue(HTTPS_REQUIRED, String.class).map(s -> Boolean.parseBoolean(s.strip())).orElse(true));
    }
}
