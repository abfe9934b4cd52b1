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
import com.coachkeep.testing.Workspaces;
import com.nimbusds.jose.crypto.MACSigner;
import io.restassured.http.ContentType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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

    /** The key id the server publishes, but the signature is another key's. */
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
    void tokenUnderAnUnknownKeyIdIsRefused() {
        refused(Tokens.signedUnderUnknownKid(person));
    }

    @Test
    void tokenExpiredBeyondTheThirtySecondSkewIsRefused() {
        refused(Tokens.expired(person, 45));
    }

    @Test
    void tokenNotValidForAnotherFortyFiveSecondsIsRefused() {
        refused(Tokens.sign(Tokens.claims(person).notBeforeTime(Date.from(Instant.now().plusSeconds(45))).build(), Tokens.signingKey()));
    }

    @Test
    void issuerMustMatchExactly() {
        refused(Tokens.sign(Tokens.claims(person).issuer(TestServer.ISSUER + "/").build(), Tokens.signingKey()));
        refused(Tokens.sign(Tokens.claims(person).issuer(TestServer.ISSUER.toUpperCase(java.util.Locale.ROOT)).build(), Tokens.signingKey()));
        refused(Tokens.sign(Tokens.claims(person).issuer(null).build(), Tokens.signingKey()));
    }

    @Test
    void audienceMustMatchExactly() {
        refused(Tokens.forAudience(person, Tokens.AUDIENCE + "-admin"));
        refused(Tokens.forAudience(person, Tokens.AUDIENCE.substring(0, Tokens.AUDIENCE.length() - 1)));
        refused(Tokens.forAudience(person, Tokens.AUDIENCE.toUpperCase(java.util.Locale.ROOT)));
    }

    @Test
    void noneAlgorithmInAnySpellingIsRefused() {
        for (String alg : List.of("none", "None", "NONE", "nOnE")) {
            String header = b64("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}");
            String payload = b64(Tokens.claims(person).build().toString());
            refused(header + "." + payload + ".");
        }
    }

    @Test
    void everyHmacAlgorithmUsingThePublicKeyAsSecretIsRefused() throws Exception {
        byte[] publicKey = Tokens.signingKey().toRSAPublicKey().getEncoded();
        for (JWSAlgorithm alg : List.of(JWSAlgorithm.HS256, JWSAlgorithm.HS384, JWSAlgorithm.HS512)) {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(Tokens.signingKey().getKeyID()).build(),
                    Tokens.claims(person).build());
            jwt.sign(new MACSigner(publicKey));
            refused(jwt.serialize());
        }
        // Also with a PEM-shaped secret, the other form in which a confused verifier would read the public key.
        String pem = "-----BEGIN PUBLIC KEY-----\n" + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(publicKey) + "\n-----END PUBLIC KEY-----\n";
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), Tokens.claims(person).build());
        jwt.sign(new MACSigner(pem.getBytes(StandardCharsets.US_ASCII)));
        refused(jwt.serialize());
    }

    @Test
    void jkuHeaderIsIgnored() throws Exception {
        RSAKey attacker = new RSAKeyGenerator(2048).keyID("attacker-jku").generate();
        refused(signedByAttacker(attacker, new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .jwkURL(URI.create("https://evil.example/.well-known/jwks.json")).keyID(attacker.getKeyID())));
    }

    @Test
    void x5uHeaderIsIgnored() throws Exception {
        RSAKey attacker = new RSAKeyGenerator(2048).keyID("attacker-x5u").generate();
        refused(signedByAttacker(attacker, new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .x509CertURL(URI.create("https://evil.example/cert.pem")).keyID(attacker.getKeyID())));
    }

    @Test
    void embeddedJwkUnderTheServersOwnKeyIdIsIgnored() throws Exception {
        RSAKey attacker = new RSAKeyGenerator(2048).keyID(Tokens.signingKey().getKeyID()).generate();
        refused(signedByAttacker(attacker, new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .jwk(attacker.toPublicJWK()).keyID(Tokens.signingKey().getKeyID())));
    }

    /** Authorization comes from the database on every request, not from the token: a valid token of a removed member stops at once. */
    @Test
    @Tag("promise:P-ROLE-2")
    void validTokenOfARemovedMemberStopsWorkingInThatWorkspaceAtOnce() {
        Workspaces.Member owner = Workspaces.signedIn("owner");
        String w = Workspaces.create(owner.token(), "Token Removal Gym");
        Workspaces.Member coach = Workspaces.addStaff(w, owner.token(), "coach");
        TestServer.as(coach.token()).get("/api/v1/workspaces/{w}/staff", w).then().statusCode(200);
        TestServer.as(owner.token()).delete("/api/v1/workspaces/{w}/staff/{m}", w, coach.membershipId()).then().statusCode(204);
        TestServer.as(coach.token()).get("/api/v1/workspaces/{w}/staff", w).then().statusCode(404);
        TestServer.as(coach.token()).contentType(ContentType.JSON).body(Map.of("displayName", "Late", "email", "late@test.coachkeep.example"))
                .post("/api/v1/workspaces/{w}/clients", w).then().statusCode(404);
        // The token itself is still valid: the person is known, just no longer a member there.
        TestServer.as(coach.token()).get("/api/v1/me").then().statusCode(200);
    }

    private String signedByAttacker(RSAKey attacker, JWSHeader.Builder header) throws Exception {
        SignedJWT jwt = new SignedJWT(header.build(), Tokens.claims(person).build());
        jwt.sign(new RSASSASigner(attacker));
        return jwt.serialize();
    }

    private static String b64(String s) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void garbageBearerIsRefused() {
        refused("not-a-token");
    }
}
