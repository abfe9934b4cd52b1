package com.coachkeep.shared.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    @Test
    void validInputIsConvertedAndNothingIsThrown() {
        Validator v = new Validator();

        EmailAddress email = v.check("email", "Anna@Example.com", EmailAddress::new);
        String name = v.check("name", " Anna ", raw -> Text.singleLine(raw, 20));

        assertEquals(new EmailAddress("anna@example.com"), email);
        assertEquals("Anna", name);
        assertDoesNotThrow(v::throwIfInvalid);
    }

    @Test
    void everyInvalidFieldIsReportedTogetherInOrder() {
        Validator v = new Validator();

        EmailAddress email = v.check("email", "not an address", EmailAddress::new);
        String name = v.check("name", " ", raw -> Text.singleLine(raw, 20));
        v.require(false, "terms", "must be accepted");
        v.require(true, "age", "must be an adult");

        assertNull(email);
        assertNull(name);
        InvalidInputException e = assertThrows(InvalidInputException.class, v::throwIfInvalid);
        assertEquals(List.of(
                new Violation("email", "must be an email address"),
                new Violation("name", "must not be blank"),
                new Violation("terms", "must be accepted")), e.violations());
    }

    @Test
    void nestedViolationsArePrefixedWithTheOuterField() {
        Validator v = new Validator();

        v.check("page", 0, PageRequest::first);

        InvalidInputException e = assertThrows(InvalidInputException.class, v::throwIfInvalid);
        assertEquals(List.of(new Violation("page.limit", "must be between 1 and 100")), e.violations());
    }

    @Test
    void nestedViolationOfTheSameFieldIsNotPrefixedTwice() {
        Validator v = new Validator();

        v.check("limit", 0, PageRequest::first);

        InvalidInputException e = assertThrows(InvalidInputException.class, v::throwIfInvalid);
        assertEquals("limit", e.violations().get(0).field());
    }

    @Test
    void failuresOtherThanInvalidInputAreNotSwallowed() {
        Validator v = new Validator();

        assertThrows(IllegalStateException.class, () -> v.check("x", "y", raw -> {
            throw new IllegalStateException("bug");
        }));
    }

    @Test
    void violationsOfAnExceptionCannotBeChangedAfterwards() {
        InvalidInputException e = InvalidInputException.of("name", "must not be blank");

        assertThrows(UnsupportedOperationException.class, () -> e.violations().add(new Violation("x", "y")));
    }
}
