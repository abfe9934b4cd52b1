package com.coachkeep.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 25, 100})
    void limitWithinBoundsIsAccepted(int limit) {
        assertEquals(limit, PageRequest.first(limit).limit());
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 101, 1000})
    void limitOutsideBoundsIsRejectedNamingTheLimit(int limit) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PageRequest.first(limit));

        assertEquals(List.of(new Violation("limit", "must be between 1 and 100")), e.violations());
    }

    @Test
    void firstPageHasNoCursor() {
        assertNull(PageRequest.first(10).cursor());
    }

    @Test
    void blankOrOverlongCursorIsRejectedNamingTheCursor() {
        InvalidInputException blank = assertThrows(InvalidInputException.class, () -> new PageRequest(10, "  "));
        InvalidInputException overlong = assertThrows(InvalidInputException.class,
                () -> new PageRequest(10, "c".repeat(513)));

        assertEquals("cursor", blank.violations().get(0).field());
        assertEquals("cursor", overlong.violations().get(0).field());
    }

    @Test
    void cursorUpTo512CharactersIsAccepted() {
        String cursor = "c".repeat(512);

        assertEquals(cursor, new PageRequest(10, cursor).cursor());
    }

    @Test
    void defaultLimitIsWithinBounds() {
        assertEquals(PageRequest.DEFAULT_LIMIT, PageRequest.first(PageRequest.DEFAULT_LIMIT).limit());
    }
}
