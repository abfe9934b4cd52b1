package com.coachkeep.infrastructure.rest.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecurityEventReporterTest {
    @Test
    void anAddressWithoutAMatchedOperationIsLoggedWithItsIdsBlanked() {
        assertEquals("/api/v1/workspaces/{id}/clients/{id}/notes", SecurityEventReporter.withoutIds(
                "/api/v1/workspaces/0b2e4c1a-1f6d-4c8e-9a51-3b1f0f2d7c11/clients/7d0c7b8e-5a1c-4a3e-8f0e-1c2d3e4f5a6b/notes"));
        assertEquals("/api/v1/me", SecurityEventReporter.withoutIds("/api/v1/me"));
        assertEquals("?", SecurityEventReporter.withoutIds(null));
    }

    @Test
    void theWorkspaceIsReadFromTheAddressWhenNoneWasResolved() {
        assertEquals("0b2e4c1a-1f6d-4c8e-9a51-3b1f0f2d7c11", SecurityEventReporter.workspaceIn(
                "/api/v1/workspaces/0b2e4c1a-1f6d-4c8e-9a51-3b1f0f2d7c11/staff").toString());
        assertNull(SecurityEventReporter.workspaceIn("/api/v1/workspaces"));
        assertNull(SecurityEventReporter.workspaceIn("/api/v1/workspaces/not-a-uuid-but-thirty-six-characters-x"));
        assertNull(SecurityEventReporter.workspaceIn(null));
    }

    @Test
    void acrCountsAsMultiFactorOnlyWhenConfigured() {
        Set<String> configured = CurrentCaller.acrValues(Optional.of(" urn:example:mfa , gold,,"));

        assertEquals(Set.of("urn:example:mfa", "gold"), configured);
        assertTrue(CurrentCaller.multiFactorContext("gold", configured));
        assertFalse(CurrentCaller.multiFactorContext("silver", configured));
        assertFalse(CurrentCaller.multiFactorContext(null, configured));
        assertFalse(CurrentCaller.multiFactorContext("gold", CurrentCaller.acrValues(Optional.empty())));
    }

    @Test
    void amrCountsAsMultiFactorWhenItNamesASecondFactor() {
        assertTrue(CurrentCaller.multiFactor(java.util.List.of("pwd", "otp")));
        assertTrue(CurrentCaller.multiFactor(java.util.List.of("mfa")));
        assertFalse(CurrentCaller.multiFactor(java.util.List.of("pwd")));
        assertFalse(CurrentCaller.multiFactor(null));
    }
}
