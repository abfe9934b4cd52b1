package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.infrastructure.platform.SubProcessors;
import com.coachkeep.testing.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * No third party beyond the public list (P-OWN-1): the sub-processor every outgoing adapter declares is on the list
 * the running server publishes, marked as used only when configured, and the list claims nothing the code does not do.
 */
@Tag("promise:P-OWN-1")
class SubProcessorDeclarationIT {
    static List<Map<String, String>> published() {
        return TestServer.request().get("/api/v1/sub-processors").then().statusCode(200).extract().path("items");
    }

    @Test
    void everyAdaptersSubProcessorIsOnThePublicListAsUsedOnlyWhenConfigured() {
        List<Map<String, String>> items = published();
        for (String declared : SubProcessors.DECLARED_BY_ADAPTERS) {
            Map<String, String> entry = items.stream().filter(i -> declared.equalsIgnoreCase(i.get("service"))).findFirst()
                    .orElseThrow(() -> new AssertionError(declared + " is declared by an adapter but not on the public list: " + items));
            assertTrue(entry.get("purpose").startsWith("Optional, used only when configured"), entry.toString());
        }
        List<String> reasons = SubProcessors.notListed(SubProcessors.DECLARED_BY_ADAPTERS.stream()
                .map(s -> new SubProcessors.Use("adapter", s)).toList(), items.stream().map(i -> i.get("service")).toList());
        assertTrue(reasons.isEmpty(), reasons.toString());
    }

    @Test
    void theListClaimsNoPlaceholderAndNoServiceTheCodeDoesNotCall() {
        List<String> services = published().stream().map(i -> i.get("service")).toList();
        for (String notUsed : List.of("Cloud hosting provider", "Email delivery provider")) {
            assertFalse(services.contains(notUsed), notUsed + " is listed: " + services);
        }
    }
}
