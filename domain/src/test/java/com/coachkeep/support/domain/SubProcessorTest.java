package com.coachkeep.support.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SubProcessorTest {
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static SubProcessor stripe() {
        return SubProcessor.add(SubProcessorId.random(), "Stripe", "Payments", "United States, European Union", null,
                LocalDate.of(2026, 1, 1), NOW);
    }

    @Test
    void aChangeOfPurposeOrRegionIsMaterialAndOfDataCategoriesIsNot() {
        SubProcessor s = stripe();
        assertFalse(s.change(null, null, "Names, email addresses", NOW));
        assertTrue(s.change(null, "European Union", null, NOW));
        assertTrue(s.change("Payments and invoicing", null, null, NOW));
        assertFalse(s.change("Payments and invoicing", "European Union", null, NOW));
    }

    @Test
    void aRetiredSubProcessorIsNoLongerCurrentAndCannotChange() {
        SubProcessor s = stripe();
        s.retire(NOW);
        assertFalse(s.current());
        assertThrows(SubProcessorRetiredException.class, () -> s.change("x", null, null, NOW));
        assertThrows(SubProcessorRetiredException.class, () -> s.retire(NOW));
    }
}
