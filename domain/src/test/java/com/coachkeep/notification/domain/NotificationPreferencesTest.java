package com.coachkeep.notification.domain;

import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.shared.domain.NotificationCategory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.domain.PersonId;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationPreferencesTest {
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void everyCategoryIsOnUntilThePersonTurnsItOff() {
        NotificationPreferences p = NotificationPreferences.defaults(PersonId.newId(), NOW);
        for (NotificationCategory c : NotificationCategory.values()) {
            assertTrue(p.allows(c));
        }
        assertEquals(0, p.version());
    }

    @Test
    void turningACategoryOffRaisesTheVersionOnce() {
        NotificationPreferences p = NotificationPreferences.defaults(PersonId.newId(), NOW);

        assertTrue(p.optOut(NotificationCategory.SUB_PROCESSOR_CHANGES, NOW.plusSeconds(1)));
        assertFalse(p.optOut(NotificationCategory.SUB_PROCESSOR_CHANGES, NOW.plusSeconds(2)));

        assertFalse(p.allows(NotificationCategory.SUB_PROCESSOR_CHANGES));
        assertEquals(1, p.version());
        assertEquals(NOW.plusSeconds(1), p.updatedAt());
        assertTrue(p.change(Map.of(NotificationCategory.SUB_PROCESSOR_CHANGES, true), NOW));
        assertTrue(p.allows(NotificationCategory.SUB_PROCESSOR_CHANGES));
    }

    @Test
    void eachPersonGetsTheirOwnUnguessableUnsubscribeToken() {
        String a = NotificationPreferences.defaults(PersonId.newId(), NOW).unsubscribeToken();
        String b = NotificationPreferences.defaults(PersonId.newId(), NOW).unsubscribeToken();
        assertNotEquals(a, b);
        assertEquals(43, a.length());
    }

    @Test
    void onlyOptionalEmailsBelongToACategory() {
        assertTrue(EmailTemplate.STAFF_INVITATION.essential());
        assertTrue(EmailTemplate.SECURITY_INCIDENT_NOTICE.essential());
        assertTrue(EmailTemplate.DELETION_CONFIRMATION.essential());
        assertFalse(EmailTemplate.SUB_PROCESSOR_CHANGE.essential());
        assertEquals(NotificationCategory.SUB_PROCESSOR_CHANGES, EmailTemplate.SUB_PROCESSOR_CHANGE.category().orElseThrow());
        for (EmailTemplate t : EmailTemplate.values()) {
            assertEquals(t, EmailTemplate.fromId(t.id()).orElseThrow());
        }
    }
}
