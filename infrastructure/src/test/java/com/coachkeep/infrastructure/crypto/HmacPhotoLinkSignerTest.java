package com.coachkeep.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.checkin.domain.PhotoId;
import com.coachkeep.checkin.domain.PhotoLinkClaims;
import com.coachkeep.checkin.domain.PhotoVariant;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HmacPhotoLinkSignerTest {
    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    final HmacPhotoLinkSigner signer = HmacPhotoLinkSigner.withKey(KEY);
    final PhotoLinkClaims claims = new PhotoLinkClaims(WorkspaceId.newId(), ClientId.newId(), PhotoId.newId(), PhotoVariant.THUMBNAIL,
            PersonId.newId(), Instant.parse("2026-12-07T10:05:00Z"));

    @Test
    void aSignedLinkReadsBackItsClaims() {
        String token = signer.sign(claims);
        assertTrue(token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), token);
        assertEquals(Optional.of(claims), signer.read(token));
    }

    @Test
    void anyAlteredCharacterOrAnotherKeyReadsNothing() {
        String token = signer.sign(claims);
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) == '.') {
                continue;
            }
            char c = token.charAt(i);
            String altered = token.substring(0, i) + (c == 'A' ? 'B' : 'A') + token.substring(i + 1);
            assertEquals(Optional.empty(), signer.read(altered), "altered at " + i);
        }
        assertEquals(Optional.empty(), HmacPhotoLinkSigner.withKey("another key, another server secret".getBytes(StandardCharsets.US_ASCII))
                .read(token));
    }

    @Test
    void claimsWithAnotherViewerOrExpiryNeedTheirOwnMac() {
        String token = signer.sign(claims);
        String mac = token.substring(token.indexOf('.') + 1);
        PhotoLinkClaims otherViewer = new PhotoLinkClaims(claims.workspaceId(), claims.clientId(), claims.photoId(), claims.variant(),
                PersonId.newId(), claims.expiresAt());
        String forged = signer.sign(otherViewer);
        assertEquals(Optional.empty(), signer.read(forged.substring(0, forged.indexOf('.') + 1) + mac), "the first MAC on other claims");
        String later = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8)
                .replaceAll("\\|\\d+$", "|9999999999");
        assertEquals(Optional.empty(), signer.read(Base64.getUrlEncoder().withoutPadding().encodeToString(later.getBytes(StandardCharsets.UTF_8))
                + "." + mac), "a later expiry under the old MAC");
    }

    @Test
    void garbageReadsNothing() {
        for (String t : new String[] {null, "", ".", "abc", "a.b.c", "!!!.???", "x".repeat(600)}) {
            assertEquals(Optional.empty(), signer.read(t), String.valueOf(t));
        }
    }

    @Test
    void aLinkIsValidUntilItsExpiryAndNeverForMoreThanFiveMinutes() {
        Instant expiry = claims.expiresAt();
        assertTrue(claims.validAt(expiry.minusSeconds(300)));
        assertTrue(claims.validAt(expiry.minusMillis(1)));
        assertTrue(!claims.validAt(expiry), "expired at its expiry");
        assertTrue(!claims.validAt(expiry.minusSeconds(301)), "a link claiming more than five minutes is refused");
    }
}
