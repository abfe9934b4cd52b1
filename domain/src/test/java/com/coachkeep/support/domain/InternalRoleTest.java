package com.coachkeep.support.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("promise:P-INT-2")
class InternalRoleTest {
    @Test
    void aSupportAgentHoldsNoSecurityWork() {
        assertTrue(InternalRole.SUPPORT_AGENT.permissions().isEmpty());
    }

    @Test
    void onlyTheSecurityOfficerHandlesReportsAndIncidents() {
        for (InternalRole role : InternalRole.values()) {
            boolean officer = role == InternalRole.SECURITY_OFFICER;
            assertEquals(officer, role.grants(SupportPermission.SECURITY_REPORTS_MANAGE), role.name());
            assertEquals(officer, role.grants(SupportPermission.INCIDENTS_MANAGE), role.name());
        }
    }

    @Test
    void adminsAndSecurityOfficersMaintainTheSubProcessorList() {
        assertEquals(EnumSet.of(InternalRole.ADMIN, InternalRole.SECURITY_OFFICER),
                EnumSet.copyOf(java.util.Arrays.stream(InternalRole.values()).filter(r -> r.grants(SupportPermission.SUB_PROCESSORS_MANAGE)).toList()));
    }
}
