package com.coachkeep.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void isNormalisedToLowerCaseWithoutSurroundingSpace() {
        EmailAddress address = new EmailAddress("  Coach.Anna@Example.COM ");

        assertEquals("coach.anna@example.com", address.value());
        assertEquals("coach.anna@example.com", address.toString());
    }

    @Test
    void addressesDifferingOnlyInCaseAreEqual() {
        assertEquals(new EmailAddress("Anna@Example.com"), new EmailAddress("anna@example.COM"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void blankAddressIsRejected(String raw) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EmailAddress(raw));
        assertEquals("must not be blank", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna", "anna@", "@example.com", "anna@example", "an na@example.com", "anna@@example.com",
            "anna@exa mple.com"})
    void somethingThatIsNotAnAddressIsRejected(String raw) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EmailAddress(raw));
        assertEquals("must be an email address", e.getMessage());
    }

    @Test
    void localPartLongerThan64CharactersIsRejected() {
        String ok = "a".repeat(64) + "@example.com";
        String tooLong = "a".repeat(65) + "@example.com";

        assertEquals(ok, new EmailAddress(ok).value());
        assertThrows(IllegalArgumentException.class, () -> new EmailAddress(tooLong));
    }

    @Test
    void addressLongerThan254CharactersIsRejected() {
        String longest = "a@" + "d".repeat(248) + ".com";
        String tooLong = "a@" + "d".repeat(249) + ".com";

        assertEquals(254, new EmailAddress(longest).value().length());
        assertThrows(IllegalArgumentException.class, () -> new EmailAddress(tooLong));
    }
}
