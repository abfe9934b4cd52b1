package com.coachkeep.console.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.console.platform.ConsoleSettings;
import com.coachkeep.support.domain.InternalRole;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class SignInDecisionTest {
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final String ISSUER = "https://id.example.com/realms/staff";

    static ConsoleSettings settings(boolean relaxed) {
        return new ConsoleSettings("groups", Set.of("coachkeep-support-agent"), Set.of("coachkeep-security-officer"),
                Set.of("coachkeep-admin"), Set.of("otp", "mfa", "hwk"), relaxed, Duration.ofMinutes(15), Duration.ofMinutes(2), "Keycloak",
                Map.of("officer", "security-officer"), "http://localhost:9080/oidc/endpoint/devStaff");
    }

    static IdTokenClaims token(List<String> groups, List<String> amr, Instant issued) {
        return IdTokenClaims.of(Map.of("iss", ISSUER, "sub", "f3a1", "name", "Olivia Officer", "groups", groups, "amr", amr,
                "iat", issued.getEpochSecond()), "groups");
    }

    @Test
    @Tag("promise:P-AUTH-3")
    void aSecondFactorInAmrOpensASessionWithTheRoleOfTheGroup() {
        var outcome = new SignInDecision(settings(false)).decide(token(List.of("coachkeep-security-officer"), List.of("pwd", "otp"),
                NOW.minusSeconds(5)), NOW);
        StaffSession s = assertInstanceOf(SignInDecision.Accepted.class, outcome).session();
        assertEquals(InternalRole.SECURITY_OFFICER, s.role());
        assertEquals("f3a1@" + ISSUER, s.staffId());
        assertTrue(s.multiFactor());
        assertFalse(s.mfaRelaxed());
    }

    @Test
    @Tag("promise:P-AUTH-3")
    void aPasswordAloneIsRefused() {
        var outcome = new SignInDecision(settings(false)).decide(token(List.of("coachkeep-security-officer"), List.of("pwd"),
                NOW.minusSeconds(5)), NOW);
        assertEquals(List.of("pwd"), assertInstanceOf(SignInDecision.NoSecondFactor.class, outcome).amr());
    }

    @Test
    void developmentMayRelaxTheSecondFactorAndTheSessionSaysSo() {
        var outcome = new SignInDecision(settings(true)).decide(token(List.of("coachkeep-support-agent"), List.of(), NOW), NOW);
        StaffSession s = assertInstanceOf(SignInDecision.Accepted.class, outcome).session();
        assertFalse(s.multiFactor());
        assertTrue(s.mfaRelaxed());
    }

    @Test
    @Tag("promise:P-INT-2")
    void groupsOutsideTheInternalRolesAreRefusedAndPathsCountByTheirLastSegment() {
        assertInstanceOf(SignInDecision.NoInternalRole.class, new SignInDecision(settings(false))
                .decide(token(List.of("coaches"), List.of("otp"), NOW), NOW));
        var outcome = new SignInDecision(settings(false)).decide(token(List.of("/staff/coachkeep-admin"), List.of("otp"), NOW), NOW);
        assertEquals(InternalRole.ADMIN, assertInstanceOf(SignInDecision.Accepted.class, outcome).session().role());
    }

    @Test
    @Tag("promise:P-AUTH-2")
    void anOldTokenCannotOpenANewSessionAfterTheIdleOneEnded() {
        assertInstanceOf(SignInDecision.Stale.class, new SignInDecision(settings(false))
                .decide(token(List.of("coachkeep-security-officer"), List.of("otp"), NOW.minus(Duration.ofMinutes(20))), NOW));
        assertInstanceOf(SignInDecision.Stale.class, new SignInDecision(settings(false)).decide(null, NOW));
    }

    @Test
    void theDevelopmentStaffListCountsOnlyWhereMfaIsRelaxed() {
        assertEquals(InternalRole.SECURITY_OFFICER, new SignInDecision(settings(true)).developmentStaff("officer", NOW).orElseThrow().role());
        assertTrue(new SignInDecision(settings(false)).developmentStaff("officer", NOW).isEmpty());
        assertTrue(new SignInDecision(settings(true)).developmentStaff("mallory", NOW).isEmpty());
    }

    @Test
    void amrAndGroupsAreReadFromJsonTextAsWellAsLists() {
        IdTokenClaims claims = IdTokenClaims.of(Map.of("iss", ISSUER, "sub", "x", "amr", "[\"pwd\",\"otp\"]", "iat", "1700000000"),
                "groups");
        assertEquals(List.of("pwd", "otp"), claims.amr());
        assertEquals(Instant.ofEpochSecond(1_700_000_000L), claims.issuedAt());
    }
}
