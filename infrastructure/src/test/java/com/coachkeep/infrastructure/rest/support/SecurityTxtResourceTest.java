package com.coachkeep.infrastructure.rest.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** security.txt names only https: and mailto: contacts (RFC 9116). */
class SecurityTxtResourceTest {
    static final String EXPIRES = "2027-12-07T00:00:00Z";

    @Test
    @Tag("promise:P-ENC-1")
    @Tag("promise:P-DIS-1")
    void anHttpsApiAddressIsNamedAsContactAndCanonical() {
        String text = SecurityTxtResource.text("https://api.coachkeep.app/", "security@coachkeep.app", "https://coachkeep.app/security", EXPIRES);
        assertTrue(text.contains("Contact: https://api.coachkeep.app/api/v1/security-reports\n"), text);
        assertTrue(text.contains("Contact: mailto:security@coachkeep.app\n"), text);
        assertTrue(text.contains("Canonical: https://api.coachkeep.app/.well-known/security.txt\n"), text);
        assertTrue(text.contains("Expires: " + EXPIRES + "\n"), text);
    }

    @Test
    @Tag("promise:P-ENC-1")
    void aPlainHttpAddressIsNeverNamedOnlyTheMailbox() {
        String text = SecurityTxtResource.text("http://localhost:9080", "security@coachkeep.app", "http://coachkeep.app/security", EXPIRES);
        assertFalse(text.contains("http://"), text);
        assertEquals(1, text.lines().filter(l -> l.startsWith("Contact: ")).count(), text);
        assertTrue(text.contains("Contact: mailto:security@coachkeep.app\n"), text);
    }
}
