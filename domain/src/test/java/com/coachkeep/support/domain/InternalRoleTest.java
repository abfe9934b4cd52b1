package com.coachkeep.support.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("promise:P-INT-2")
class InternalRoleTest {
    private static EnumSet<InternalRole> holders(SupportPermission permission) {
        EnumSet<InternalRole> out = EnumSet.noneOf(InternalRole.class);
        Arrays.stream(InternalRole.values()).filter(r -> r.grants(permission)).forEach(out::add);
        return out;
    }

    @Test
    void aSupportAgentHoldsNoSecurityWork() {
        for (SupportPermission p : EnumSet.of(SupportPermission.SECURITY_REPORTS_MANAGE, SupportPermission.INCIDENTS_MANAGE,
                SupportPermission.SUB_PROCESSORS_MANAGE, SupportPermission.WORKSPACE_SUSPEND, SupportPermission.OUTBOX_MANAGE,
                SupportPermission.GRANT_APPROVE)) {
            assertFalse(InternalRole.SUPPORT_AGENT.grants(p), p.name());
        }
    }

    @Test
    void onlyTheSecurityOfficerHandlesReportsAbuseFlagsAndIncidents() {
        for (InternalRole role : InternalRole.values()) {
            boolean officer = role == InternalRole.SECURITY_OFFICER;
            assertEquals(officer, role.grants(SupportPermission.SECURITY_REPORTS_MANAGE), role.name());
            assertEquals(officer, role.grants(SupportPermission.INCIDENTS_MANAGE), role.name());
            assertEquals(officer, role.grants(SupportPermission.ABUSE_FLAGS_MANAGE), role.name());
        }
    }

    @Test
    void adminsAndSecurityOfficersMaintainTheSubProcessorList() {
        assertEquals(EnumSet.of(InternalRole.ADMIN, InternalRole.SECURITY_OFFICER), holders(SupportPermission.SUB_PROCESSORS_MANAGE));
    }

    @Test
    void whoAsksForContentAccessIsNeverWhoApprovesIt() {
        assertEquals(EnumSet.of(InternalRole.SUPPORT_AGENT), holders(SupportPermission.GRANT_REQUEST));
        assertEquals(EnumSet.of(InternalRole.SECURITY_OFFICER, InternalRole.ADMIN), holders(SupportPermission.GRANT_APPROVE));
        for (InternalRole role : InternalRole.values()) {
            assertFalse(role.grants(SupportPermission.GRANT_REQUEST) && role.grants(SupportPermission.GRANT_APPROVE), role.name());
        }
    }

    @Test
    void everyRoleFindsWorkspacesButOnlyOfficersAndAdminsSuspendThem() {
        assertEquals(EnumSet.allOf(InternalRole.class), holders(SupportPermission.WORKSPACE_LOOKUP));
        assertEquals(EnumSet.of(InternalRole.SECURITY_OFFICER, InternalRole.ADMIN), holders(SupportPermission.WORKSPACE_SUSPEND));
    }

    @Test
    void customerRequestsBelongToAgentsAndDeadLettersToAdmins() {
        assertEquals(EnumSet.of(InternalRole.SUPPORT_AGENT), holders(SupportPermission.INVITATIONS_RESEND));
        assertEquals(EnumSet.of(InternalRole.SUPPORT_AGENT), holders(SupportPermission.DATA_REQUESTS));
        assertEquals(EnumSet.of(InternalRole.ADMIN), holders(SupportPermission.OUTBOX_MANAGE));
    }

    @Test
    void everyPermissionIsHeldBySomeRole() {
        for (SupportPermission p : SupportPermission.values()) {
            assertTrue(!holders(p).isEmpty(), p.name());
        }
    }
}
