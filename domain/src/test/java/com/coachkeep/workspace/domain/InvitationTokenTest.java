package com.coachkeep.workspace.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvitationTokenTest {

    @Test
    void tokenIsUrlSafeAndCarries32RandomBytes() {
        String value = InvitationToken.generate().value();

        assertEquals(43, value.length());
        assertTrue(value.matches("^[A-Za-z0-9_-]+$"), value);
    }

    @Test
    void generatedTokensDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            seen.add(InvitationToken.generate().value());
        }

        assertEquals(100, seen.size());
    }

    @Test
    void hashIsTheHexSha256OfTheToken() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", InvitationToken.hashOf("abc"));
        assertEquals(InvitationToken.hashOf("abc"), new InvitationToken("abc").hash());
    }

    @Test
    void differentTokensHaveDifferentHashes() {
        assertNotEquals(InvitationToken.hashOf("abc"), InvitationToken.hashOf("abd"));
    }

    @Test
    void printingATokenDoesNotRevealIt() {
        InvitationToken token = InvitationToken.generate();

        assertFalse(token.toString().contains(token.value()));
        assertEquals("InvitationToken[redacted]", token.toString());
    }
}
