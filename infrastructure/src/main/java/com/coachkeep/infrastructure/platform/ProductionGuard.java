package com.coachkeep.infrastructure.platform;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether the configuration is fit to start. In production mode every development
 * shortcut is a reason to refuse: the development token issuer, the embedded database, and
 * plain HTTP reachable from beyond this machine. An unknown mode is refused in any case, so a
 * misspelt {@code COACHKEEP_MODE} never falls back to development behaviour.
 *
 * <p>Pure logic over {@link PlatformSettings}; the start-up sequence acts on the answer.
 */
public final class ProductionGuard {

    private static final String DEV_ISSUER_MARKER = "dev-issuer";

    /**
     * The reasons this configuration must not start, each a sentence naming the setting to
     * change; empty when it may start. A database URL that is set but empty is refused in every
     * mode: Liberty would hand the DataSources the empty value instead of the embedded default.
     */
    public List<String> reasonsToRefuse(PlatformSettings settings) {
        List<String> reasons = new ArrayList<>();
        Optional<Mode> mode = settings.parsedMode();
        if (mode.isEmpty()) {
            reasons.add("coachkeep.mode (COACHKEEP_MODE) is '" + settings.mode()
                    + "'; it must be 'development' or 'production'.");
            return reasons;
        }
        if (settings.databaseUrlBlank()) {
            reasons.add("coachkeep.db.url (COACHKEEP_DB_URL) is set but empty, which leaves the DataSources without a URL: "
                    + "unset it to use the embedded development database, or set a JDBC URL.");
        }
        if (mode.get() != Mode.PRODUCTION) {
            return reasons;
        }
        if (isBlank(settings.jwtIssuer())) {
            reasons.add("No token issuer is configured: set mp.jwt.verify.issuer (MP_JWT_VERIFY_ISSUER).");
        } else if (isDevIssuer(settings.jwtIssuer(), settings.devIssuerIssuer())) {
            reasons.add("The token issuer is the development issuer (" + settings.jwtIssuer()
                    + "): set mp.jwt.verify.issuer (MP_JWT_VERIFY_ISSUER) to your identity provider.");
        }
        if (isBlank(settings.jwtPublicKeyLocation())) {
            reasons.add("No token verification keys are configured: set mp.jwt.verify.publickey.location "
                    + "(MP_JWT_VERIFY_PUBLICKEY_LOCATION) to your identity provider's JWKS URL.");
        } else if (isDevKeyLocation(settings.jwtPublicKeyLocation(), settings.devIssuerDirectory())) {
            reasons.add("The token verification keys are the development issuer's (" + settings.jwtPublicKeyLocation()
                    + "): set mp.jwt.verify.publickey.location (MP_JWT_VERIFY_PUBLICKEY_LOCATION) to your identity provider's JWKS URL.");
        }
        if (settings.embeddedDatabase()) {
            reasons.add("No database is configured and the embedded database is for development only: "
                    + "set coachkeep.db.url (COACHKEEP_DB_URL) and the role credentials.");
        }
        if (settings.kekUri() == null) {
            reasons.add("No key-encryption key is configured, and the key file generated in the data directory is for "
                    + "development only: set coachkeep.kek.uri (COACHKEEP_KEK_URI) to a gcp-kms://… or aws-kms://… key, "
                    + "or, as an explicit choice, to file:/path/to/kek.json (a local keyset file you keep apart from the "
                    + "database and back up yourself).");
        } else if (!settings.localKeyEncryptionKey() && !settings.kekUri().startsWith("gcp-kms://")
                && !settings.kekUri().startsWith("aws-kms://")) {
            reasons.add("coachkeep.kek.uri (COACHKEEP_KEK_URI) is '" + settings.kekUri()
                    + "': it must start with gcp-kms://, aws-kms:// or file:.");
        }
        if (httpPortEnabled(settings.httpPort()) && !isLoopback(settings.httpHost())) {
            reasons.add("Plain HTTP is exposed beyond this machine (coachkeep.http.host=" + settings.httpHost()
                    + ", coachkeep.http.port=" + settings.httpPort() + "): disable it with COACHKEEP_HTTP_PORT=-1 "
                    + "and serve HTTPS only, or bind HTTP to loopback.");
        }
        return reasons;
    }

    /**
     * The reasons the console's sign-in must not start in production: the development provider (demo staff with known
     * passwords inside the server), a relaxed multi-factor rule, or a provider reached over plain HTTP.
     */
    public List<String> consoleReasonsToRefuse(Mode mode, ConsoleSignInSettings console) {
        List<String> reasons = new ArrayList<>();
        if (mode != Mode.PRODUCTION) {
            return reasons;
        }
        if (!"external".equals(console.provider()) && !"endpoints".equals(console.provider())) {
            reasons.add("The console signs staff in through the development provider (coachkeep.console.provider="
                    + console.provider() + "): set COACHKEEP_CONSOLE_PROVIDER=external and COACHKEEP_CONSOLE_OIDC_DISCOVERY_URL, "
                    + "COACHKEEP_CONSOLE_OIDC_CLIENT_ID, COACHKEEP_CONSOLE_OIDC_CLIENT_SECRET (docs/console.md).");
        }
        if (console.mfaRelaxed()) {
            reasons.add("coachkeep.console.mfa.relaxed (COACHKEEP_CONSOLE_MFA_RELAXED) is true: support staff always need a "
                    + "second factor in production; remove it.");
        }
        if (!console.httpsRequired()) {
            reasons.add("coachkeep.console.oidc.https-required (COACHKEEP_CONSOLE_OIDC_HTTPS_REQUIRED) is false: the console's "
                    + "identity provider must be reached over HTTPS in production.");
        }
        return reasons;
    }

    static boolean isDevIssuer(String issuer, String devIssuer) {
        String normalized = stripTrailingSlash(issuer.trim());
        return normalized.equalsIgnoreCase(stripTrailingSlash(devIssuer.trim()))
                || normalized.toLowerCase(Locale.ROOT).contains(DEV_ISSUER_MARKER);
    }

    static boolean isDevKeyLocation(String location, Path devIssuerDirectory) {
        String trimmed = location.trim();
        if (trimmed.toLowerCase(Locale.ROOT).contains(DEV_ISSUER_MARKER)) {
            return true;
        }
        String path = trimmed.startsWith("file:") ? trimmed.substring("file:".length()) : trimmed;
        while (path.startsWith("//")) {
            path = path.substring(1);
        }
        try {
            Path candidate = Path.of(path).toAbsolutePath().normalize();
            return candidate.startsWith(devIssuerDirectory.toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** Liberty disables an endpoint's port with {@code -1}; anything unparsable counts as enabled. */
    static boolean httpPortEnabled(String port) {
        if (isBlank(port)) {
            return false;
        }
        try {
            return Integer.parseInt(port.trim()) > 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /**
     * Literal loopback names only; no DNS lookup, so a host name that merely resolves to
     * loopback today is treated as exposed.
     */
    static boolean isLoopback(String host) {
        if (isBlank(host)) {
            return false;
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost")
                || h.equals("::1")
                || h.equals("0:0:0:0:0:0:0:1")
                || h.matches("127(\\.\\d{1,3}){3}");
    }

    private static String stripTrailingSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
