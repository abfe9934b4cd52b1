package com.coachkeep.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PermissionTest {
    @Test
    void wireNamesAreLowerCaseAndParseBack() {
        assertEquals("clients_read_assigned", Permission.CLIENTS_READ_ASSIGNED.wireName());
        for (Permission p : Permission.values()) {
            assertEquals(p, Permission.parse(p.wireName()));
        }
        assertEquals(Permission.BILLING_READ, Permission.parse(" BILLING_READ "));
        assertThrows(IllegalArgumentException.class, () -> Permission.parse("superuser"));
        assertThrows(IllegalArgumentException.class, () -> Permission.parse(null));
    }

    @Test
    void onlyStaffPermissionsAreGrantableToCustomRoles() {
        for (Permission p : Permission.values()) {
            assertEquals(p.kind() == Permission.Kind.STAFF, p.grantableToCustomRoles(), p.name());
        }
    }

    /** docs/permissions.md has one table row per permission, so the table cannot fall behind the code. */
    @Test
    void everyPermissionIsDocumentedOnItsOwnLine() throws IOException {
        Path doc = Path.of("..", "docs", "permissions.md");
        List<String> lines = Files.readAllLines(doc);
        List<String> missing = new ArrayList<>();
        for (Permission p : Permission.values()) {
            long rows = lines.stream().filter(l -> l.startsWith("| `" + p.wireName() + "` |")).count();
            if (rows != 1) {
                missing.add(p.wireName() + " (" + rows + " rows)");
            }
        }
        assertTrue(missing.isEmpty(), "docs/permissions.md rows: " + missing);
    }
}
