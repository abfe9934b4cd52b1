package com.coachkeep.infrastructure.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Which policy a path gets; HttpsIT checks the headers on the running server. */
@Tag("promise:P-ENC-1")
class SecurityHeadersFilterTest {
    @Test
    void theConsoleGetsItsOwnPolicyAndNoPageMayBeFramed() {
        assertTrue(SecurityHeadersFilter.isConsole("/console"));
        assertTrue(SecurityHeadersFilter.isConsole("/console/VAADIN/build/bundle.js"));
        assertTrue(SecurityHeadersFilter.isConsole("/console-signout"));
        assertFalse(SecurityHeadersFilter.isConsole("/consoles"));
        assertFalse(SecurityHeadersFilter.isConsole("/api/v1/console"));
        for (String policy : new String[] {SecurityHeadersFilter.API_POLICY, SecurityHeadersFilter.CONSOLE_POLICY}) {
            assertTrue(policy.contains("frame-ancestors 'none'"), policy);
            assertFalse(policy.contains("*"), "no wildcard source: " + policy);
        }
        assertTrue(SecurityHeadersFilter.API_POLICY.startsWith("default-src 'none'"));
        assertTrue(SecurityHeadersFilter.CONSOLE_POLICY.startsWith("default-src 'self'"));
        assertTrue(SecurityHeadersFilter.CONSOLE_POLICY.contains("object-src 'none'"));
    }

    @Test
    void onlyLoopbackPeersCountAsThisMachine() {
        for (String peer : new String[] {"127.0.0.1", "127.0.0.3", "0:0:0:0:0:0:0:1", "::1", "::ffff:127.0.0.1"}) {
            assertTrue(SecurityHeadersFilter.isLoopbackAddress(peer), peer);
        }
        for (String peer : new String[] {"10.0.0.5", "192.168.1.20", "203.0.113.9", "::ffff:10.0.0.5", "fe80:0:0:0:0:0:0:1"}) {
            assertFalse(SecurityHeadersFilter.isLoopbackAddress(peer), peer);
        }
    }
}
