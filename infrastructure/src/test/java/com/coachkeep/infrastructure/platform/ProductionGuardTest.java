package com.coachkeep.infrastructure.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ProductionGuardTest {

    private static final Path DATA = Path.of("/home/dev/.coachkeep");
    private static final String DEV_ISSUER = "http://localhost:9080/dev-issuer";

    private final ProductionGuard guard = new ProductionGuard();

    /** A production configuration an operator would write: real issuer, real database, HTTPS only. */
    private static PlatformSettings production() {
        return new PlatformSettings("production", DATA, 15432,
                "jdbc:postgresql://db.internal:5432/coachkeep", "coachkeep_app",
                "https://id.example.com/realms/coachkeep",
                "https://id.example.com/realms/coachkeep/protocol/openid-connect/certs",
                DEV_ISSUER, "*", "-1", 5, "gcp-kms://projects/p/locations/eu/keyRings/coachkeep/cryptoKeys/kek");
    }

    private static PlatformSettings development() {
        return new PlatformSettings("development", DATA, 15432, null, "coachkeep_app",
                DEV_ISSUER, DATA.resolve("dev-issuer/jwks.json").toString(), DEV_ISSUER, "127.0.0.1", "9080", 5, null);
    }

    private static PlatformSettings with(PlatformSettings s, String issuer, String keyLocation, String dbUrl,
                                         String host, String port) {
        return new PlatformSettings(s.mode(), s.dataDirectory(), s.embeddedDatabasePort(), dbUrl, s.appRole(),
                issuer, keyLocation, s.devIssuerIssuer(), host, port, s.liquibaseLockWaitMinutes(), s.kekUri());
    }

    @Test
    void aProperProductionConfigurationStarts() {
        assertEquals(List.of(), guard.reasonsToRefuse(production()));
    }

    @Test
    void developmentShortcutsAreAllowedInDevelopmentMode() {
        assertEquals(List.of(), guard.reasonsToRefuse(development()));
    }

    @Test
    void productionRefusesTheDevelopmentIssuer() {
        PlatformSettings p = production();
        List<String> reasons = guard.reasonsToRefuse(
                with(p, DEV_ISSUER + "/", p.jwtPublicKeyLocation(), p.databaseUrl(), p.httpHost(), p.httpPort()));
        assertEquals(1, reasons.size(), reasons::toString);
        assertTrue(reasons.get(0).contains("development issuer"), reasons::toString);
        assertTrue(reasons.get(0).contains("MP_JWT_VERIFY_ISSUER"), reasons::toString);
    }

    @Test
    void productionRefusesAnIssuerUnderADevIssuerPathOnAnotherHost() {
        PlatformSettings p = production();
        List<String> reasons = guard.reasonsToRefuse(
                with(p, "https://api.example.com/dev-issuer", p.jwtPublicKeyLocation(), p.databaseUrl(), p.httpHost(), p.httpPort()));
        assertEquals(1, reasons.size(), reasons::toString);
    }

    @Test
    void productionRefusesTheDevelopmentKeysAsPathOrFileUrl() {
        PlatformSettings p = production();
        for (String location : List.of(
                DATA.resolve("dev-issuer/jwks.json").toString(),
                "file://" + DATA.resolve("dev-issuer/jwks.json"),
                "/srv/keys/dev-issuer/jwks.json")) {
            List<String> reasons = guard.reasonsToRefuse(
                    with(p, p.jwtIssuer(), location, p.databaseUrl(), p.httpHost(), p.httpPort()));
            assertEquals(1, reasons.size(), () -> location + ": " + reasons);
            assertTrue(reasons.get(0).contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION"), reasons::toString);
        }
    }

    @Test
    void productionRefusesMissingIssuerAndKeys() {
        PlatformSettings p = production();
        List<String> reasons = guard.reasonsToRefuse(with(p, null, " ", p.databaseUrl(), p.httpHost(), p.httpPort()));
        assertEquals(2, reasons.size(), reasons::toString);
    }

    @Test
    void productionRefusesTheEmbeddedDatabase() {
        PlatformSettings p = production();
        for (String url : new String[] {null, "", "   "}) {
            List<String> reasons = guard.reasonsToRefuse(
                    with(p, p.jwtIssuer(), p.jwtPublicKeyLocation(), url, p.httpHost(), p.httpPort()));
            assertEquals(1, reasons.size(), reasons::toString);
            assertTrue(reasons.get(0).contains("COACHKEEP_DB_URL"), reasons::toString);
        }
    }

    @Test
    void anEmptyDatabaseUrlIsRefusedEvenInDevelopment() {
        PlatformSettings d = development();
        List<String> reasons = guard.reasonsToRefuse(with(d, d.jwtIssuer(), d.jwtPublicKeyLocation(), "", d.httpHost(), d.httpPort()));
        assertEquals(1, reasons.size(), reasons::toString);
        assertTrue(reasons.get(0).contains("set but empty"), reasons::toString);
        assertFalse(with(d, d.jwtIssuer(), d.jwtPublicKeyLocation(), "", d.httpHost(), d.httpPort()).embeddedDatabase());
        assertTrue(d.embeddedDatabase());
    }

    @Test
    @Tag("promise:P-ENC-1")
    void productionRefusesPlainHttpBeyondLoopback() {
        PlatformSettings p = production();
        for (String host : List.of("*", "0.0.0.0", "10.0.0.5", "api.example.com", "::", "")) {
            List<String> reasons = guard.reasonsToRefuse(
                    with(p, p.jwtIssuer(), p.jwtPublicKeyLocation(), p.databaseUrl(), host, "9080"));
            assertEquals(1, reasons.size(), () -> host + ": " + reasons);
            assertTrue(reasons.get(0).contains("COACHKEEP_HTTP_PORT=-1"), reasons::toString);
        }
    }

    @Test
    @Tag("promise:P-ENC-1")
    void productionAllowsPlainHttpOnLoopbackOrWhenDisabled() {
        PlatformSettings p = production();
        for (String host : List.of("127.0.0.1", "localhost", "::1", "[::1]", "127.1.2.3")) {
            assertEquals(List.of(), guard.reasonsToRefuse(
                    with(p, p.jwtIssuer(), p.jwtPublicKeyLocation(), p.databaseUrl(), host, "9080")), host);
        }
        assertEquals(List.of(), guard.reasonsToRefuse(
                with(p, p.jwtIssuer(), p.jwtPublicKeyLocation(), p.databaseUrl(), "*", "-1")));
    }

    @Test
    void productionNamesEveryReasonAtOnce() {
        PlatformSettings p = production();
        List<String> reasons = guard.reasonsToRefuse(with(p, DEV_ISSUER,
                DATA.resolve("dev-issuer/jwks.json").toString(), null, "0.0.0.0", "9080"));
        assertEquals(4, reasons.size(), reasons::toString);
    }

    private static PlatformSettings withKek(PlatformSettings s, String kekUri) {
        return new PlatformSettings(s.mode(), s.dataDirectory(), s.embeddedDatabasePort(), s.databaseUrl(), s.appRole(),
                s.jwtIssuer(), s.jwtPublicKeyLocation(), s.devIssuerIssuer(), s.httpHost(), s.httpPort(),
                s.liquibaseLockWaitMinutes(), kekUri);
    }

    @Test
    void productionRefusesTheDevelopmentKeyFileButAcceptsAKmsKeyOrAnExplicitLocalFile() {
        List<String> reasons = guard.reasonsToRefuse(withKek(production(), null));
        assertEquals(1, reasons.size(), reasons::toString);
        assertTrue(reasons.get(0).contains("COACHKEEP_KEK_URI"), reasons::toString);
        assertEquals(List.of(), guard.reasonsToRefuse(withKek(production(), "aws-kms://arn:aws:kms:eu-west-1:111122223333:key/abc")));
        assertEquals(List.of(), guard.reasonsToRefuse(withKek(production(), "file:/etc/coachkeep/kek.json")));
        assertEquals(1, guard.reasonsToRefuse(withKek(production(), "vault://kek")).size());
        assertEquals(List.of(), guard.reasonsToRefuse(development()), "development uses the generated key file");
    }

    @Test
    void anUnknownModeIsRefusedRatherThanTreatedAsDevelopment() {
        PlatformSettings d = development();
        PlatformSettings typo = new PlatformSettings("prod", d.dataDirectory(), d.embeddedDatabasePort(), null,
                d.appRole(), d.jwtIssuer(), d.jwtPublicKeyLocation(), d.devIssuerIssuer(), d.httpHost(), d.httpPort(), 5, null);
        List<String> reasons = guard.reasonsToRefuse(typo);
        assertEquals(1, reasons.size(), reasons::toString);
        assertTrue(reasons.get(0).contains("COACHKEEP_MODE"), reasons::toString);
    }

    @Test
    void modeIsCaseInsensitive() {
        assertEquals(Mode.PRODUCTION, Mode.parse(" Production ").orElseThrow());
        assertFalse(Mode.parse("prod").isPresent());
    }

    @Test
    void loopbackIsDecidedWithoutNameLookup() {
        assertTrue(ProductionGuard.isLoopback("localhost"));
        assertFalse(ProductionGuard.isLoopback("localhost.example.com"));
        assertFalse(ProductionGuard.isLoopback("127.0.0.1.nip.io"));
    }

    @Test
    void productionRefusesTheDevelopmentConsoleProviderRelaxedMfaAndPlainHttpToTheProvider() {
        List<String> reasons = guard.consoleReasonsToRefuse(Mode.PRODUCTION, new ConsoleSignInSettings("development", true, false));
        assertEquals(3, reasons.size(), reasons::toString);
        assertTrue(reasons.get(0).contains("COACHKEEP_CONSOLE_PROVIDER=external"), reasons::toString);
        assertTrue(reasons.get(1).contains("COACHKEEP_CONSOLE_MFA_RELAXED"), reasons::toString);
        assertTrue(reasons.get(2).contains("COACHKEEP_CONSOLE_OIDC_HTTPS_REQUIRED"), reasons::toString);
    }

    @Test
    void anExternalConsoleProviderOverHttpsWithMfaStartsInProduction() {
        assertEquals(List.of(), guard.consoleReasonsToRefuse(Mode.PRODUCTION, new ConsoleSignInSettings("external", false, true)));
    }

    @Test
    void theDevelopmentConsoleProviderIsAllowedInDevelopment() {
        assertEquals(List.of(), guard.consoleReasonsToRefuse(Mode.DEVELOPMENT, new ConsoleSignInSettings("development", true, false)));
    }
}
