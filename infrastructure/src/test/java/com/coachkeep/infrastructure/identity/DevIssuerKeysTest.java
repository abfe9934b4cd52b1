package com.coachkeep.infrastructure.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevIssuerKeysTest {

    @TempDir
    Path dataDir;

    @Test
    void keysAreGeneratedOnceWithAPrivateFileOnlyTheOwnerCanRead() throws Exception {
        Path dir = dataDir.resolve("dev-issuer");
        DevIssuerKeys first = DevIssuerKeys.loadOrCreate(dir);
        assertTrue(first.generated());
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve(DevIssuerKeys.PRIVATE_KEY_FILE))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));

        JWKSet published = JWKSet.parse(Files.readString(first.publicJwksFile()));
        RSAKey publicKey = (RSAKey) published.getKeyByKeyId(first.signingKey().getKeyID());
        assertFalse(publicKey.isPrivate(), "the JWKS file holds the public key only");
        assertEquals(2048, publicKey.size());

        DevIssuerKeys second = DevIssuerKeys.loadOrCreate(dir);
        assertFalse(second.generated());
        assertEquals(first.signingKey().getKeyID(), second.signingKey().getKeyID());

        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(second.signingKey().getKeyID()).build(),
                new JWTClaimsSet.Builder().subject("demo-owner").build());
        jwt.sign(new RSASSASigner(second.signingKey()));
        assertTrue(jwt.verify(new RSASSAVerifier(publicKey)), "signed by the restored key, verified by the published one");
    }

    @Test
    void aDeletedPublicFileIsWrittenAgain() throws Exception {
        Path dir = dataDir.resolve("dev-issuer");
        DevIssuerKeys first = DevIssuerKeys.loadOrCreate(dir);
        Files.delete(first.publicJwksFile());
        DevIssuerKeys second = DevIssuerKeys.loadOrCreate(dir);
        assertTrue(Files.exists(second.publicJwksFile()));
        assertEquals(first.signingKey().getKeyID(), second.signingKey().getKeyID());
    }

    @Test
    void demoPeopleAreFoundByKeyOrSubject() {
        assertEquals(DemoPeople.CLIENT_2, DemoPeople.find("client2").orElseThrow());
        assertEquals(DemoPeople.CLIENT_2, DemoPeople.find("client-2").orElseThrow());
        assertEquals(DemoPeople.CLIENT_2, DemoPeople.find("demo-client-2").orElseThrow());
        assertEquals(DemoPeople.OWNER, DemoPeople.find("Owner").orElseThrow());
        assertTrue(DemoPeople.find("nobody").isEmpty());
        assertEquals(3, DemoPeople.ofKind(DemoPeople.Kind.CLIENT).size());
    }
}
