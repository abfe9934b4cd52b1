package com.coachkeep.workspace.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.domain.EmailAddress;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PersonTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final EmailAddress ANNA = new EmailAddress("anna@example.com");

    private static Person anna(boolean verified) {
        return Person.provision("https://idp.example", "sub-anna", ANNA, verified, "Anna", NOW);
    }

    @Test
    void refreshWithTheSameFactsReportsNoChange() {
        Person p = anna(true);

        assertFalse(p.refresh(ANNA, true, "Anna"));
        assertFalse(p.refresh(ANNA, true, null));
        assertEquals("Anna", p.displayName());
    }

    @Test
    void refreshCopiesANewEmailAndReportsTheChange() {
        Person p = anna(true);
        EmailAddress newAddress = new EmailAddress("anna.b@example.com");

        assertTrue(p.refresh(newAddress, true, null));
        assertEquals(newAddress, p.email());
        assertEquals("Anna", p.displayName());
    }

    @Test
    void refreshCopiesVerificationAndName() {
        Person p = anna(false);

        assertTrue(p.refresh(ANNA, true, "Anna B."));
        assertTrue(p.emailVerified());
        assertEquals("Anna B.", p.displayName());
    }

    @Test
    void onlyAVerifiedMatchingAddressCounts() {
        assertTrue(anna(true).hasVerifiedEmail(new EmailAddress("ANNA@example.com")));
        assertFalse(anna(false).hasVerifiedEmail(ANNA));
        assertFalse(anna(true).hasVerifiedEmail(new EmailAddress("other@example.com")));
    }
}
