package com.coachkeep.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @Test
    void requiredTextIsTrimmed() {
        assertEquals("Morning session", Text.required("  Morning session \n", 50));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\n\t "})
    void blankTextIsRejected(String raw) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Text.required(raw, 10));
        assertEquals("must not be blank", e.getMessage());
    }

    @Test
    void lengthIsCheckedAfterTrimmingAndBoundIsInclusive() {
        assertEquals("abcde", Text.required("  abcde  ", 5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Text.required("abcdef", 5));
        assertEquals("must be at most 5 characters", e.getMessage());
    }

    @Test
    void controlCharactersAreRejectedButLineBreaksAndTabsAreAllowedInMultiLineText() {
        assertEquals("line one\nline\ttwo\r\nthree", Text.required("line one\nline\ttwo\r\nthree", 100));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Text.required("bell\u0007", 100));
        assertEquals("must not contain control characters", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Text.required("nul\u0000byte", 100));
    }

    @ParameterizedTest
    @ValueSource(strings = {"two\nlines", "carriage\rreturn", "tab\tseparated"})
    void singleLineTextRejectsLineBreaksAndTabs(String raw) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Text.singleLine(raw, 100));
        assertEquals("must be a single line", e.getMessage());
    }

    @Test
    void singleLineTextIgnoresTrailingLineBreakBecauseItIsTrimmed() {
        assertEquals("Anna", Text.singleLine("Anna\n", 100));
    }

    @Test
    void singleLineTextAppliesTheSameRulesAsRequiredText() {
        assertThrows(IllegalArgumentException.class, () -> Text.singleLine(" ", 10));
        assertThrows(IllegalArgumentException.class, () -> Text.singleLine("x".repeat(11), 10));
    }
}
