package com.coachkeep.console.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.coachkeep.support.domain.InternalRole;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleSectionsTest {
    private static List<String> visibleTo(InternalRole role) {
        return new ConsoleSections().all().stream().filter(s -> s.visibleTo(role)).map(ConsoleSection::label).toList();
    }

    @Test
    void anAgentSeesTheSupportWorkflowsButNoSecurityWork() {
        assertEquals(List.of("Platform health", "Workspace look-up", "Break-glass grants", "Support actions"),
                visibleTo(InternalRole.SUPPORT_AGENT));
    }

    @Test
    void anOfficerSeesTheSupportWorkflowsAndTheSecurityWork() {
        assertEquals(List.of("Platform health", "Workspace look-up", "Break-glass grants", "Support actions", "Security reports",
                "Abuse flags", "Incidents", "Sub-processors"), visibleTo(InternalRole.SECURITY_OFFICER));
    }

    @Test
    void anAdminSeesNoVulnerabilityReportsOrIncidents() {
        assertEquals(List.of("Platform health", "Workspace look-up", "Break-glass grants", "Support actions", "Sub-processors"),
                visibleTo(InternalRole.ADMIN));
    }

    @Test
    void noSupportSectionIsPlannedAnyMore() {
        assertEquals(List.of(), new ConsoleSections().all().stream().filter(ConsoleSection::planned).toList());
    }
}
