package com.coachkeep.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Tokens;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The API accepts only signed, valid tokens from the configured issuer, checked on every request. */
@Tag("promise:P-AUTH-2")
@Tag("promise:P-AUTH-1")
class TokenVerificationIT {
    private final Tokens.Person person = Tokens.Person.fresh("auth");

    private void refused(String token) {
        TestServer.as(token).get("/api/v1/me").then().statusCode(401).body(not(containsString(person.email())));
    }

    @Test
    void validTokenIsAcceptedAndProvisionsThePerson() {
        TestServer.as(Tokens.valid(person)).get("/api/v1/me").then().statusCode(200)
                .body("email", equalTo(person.email())).body("emailVerified", equalTo(true));
    }

    @Test
    void requestWithoutTokenIsRefusedWithProblem() {
        TestServer.request().get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
    }

    @Test
    void expiredTokenIsRefused() {
        Instant past = Instant.now().minusSeconds(120);
        refused(Tokens.sign(Tokens.claims(person).issueTime(Date.from(past.minusSeconds(600)))
                .notBeforeTime(Date.from(past.minusSeconds(600))).expirationTime(Date.from(past)).build(), Tokens.signingKey()));
    }

    @Test
    void tokenNotYetValidIsRefused() {
        refused(Tokens.sign(Tokens.claims(person).notBeforeTime(Date.from(Instant.now().plusSeconds(300))).build(), Tokens.signingKey()));
    }

    @Test
    void tokenFromAnotherIssuerIsRefused() {
        refused(Tokens.sign(Tokens.claims(person).issuer("https://evil.example/realms/x").build(), Tokens.signingKey()));
    }

    @Test
    void tokenForAnotherAudienceIsRefused() {
        refused(Tokens.sign(Tokens.claims(person).audience("some-other-api").build(), Tokens.signingKey()));
    }

    @Test
    void tokenWithoutAudienceIsRefused() {
        refused(Tokens.sign(Tokens.claims(person).audience((String) null).build(), Tokens.signingKey()));
    }

    @Test
    void unsignedTokenIsRefused() {
        refused(Tokens.unsigned(person));
    }

    @Test
    void tokenSignedWithAnotherKeyIsRefused() {
        refused(Tokens.signedByStranger(person));
    }

    @Test
    void hmacTokenUsingThePublicKeyAsSecretIsRefused() {
        refused(Tokens.hmacWithPublicKey(person));
    }

    @Test
    void tamperedPayloadIsRefused() {
        refused(Tokens.tampered(person, "someone-else"));
    }

    @Test
    void embeddedJwkHeaderIsIgnored() throws Exception {
        RSAKey attacker = new RSAKeyGenerator(2048).keyID("attacker").generate();
        JWTClaimsSet claims = Tokens.claims(person).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .jwk(attacker.toPublicJWK()).jwkURL(URI.create("https://evil.example/jwks")).keyID("attacker").build(), claims);
        jwt.sign(new RSASSASigner(attacker));
        refused(jwt.serialize());
    }

    @Test
    void garbageBearerIsRefused() {
        refused("not-a-token");
    }
}
