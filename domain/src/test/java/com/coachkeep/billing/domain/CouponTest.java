package com.coachkeep.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.coachkeep.shared.domain.InvalidInputException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CouponTest {
    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    static List<String> refused(Runnable r) {
        InvalidInputException e = assertThrows(InvalidInputException.class, r::run);
        return e.violations().stream().map(v -> v.field()).toList();
    }

    @Test
    void aPercentCouponWithACodeIsKeptWithTheCodeUpperCased() {
        Coupon.Spec s = Coupon.Spec.of(" Spring 20 ", 20, null, null, "repeating", 3, 50L, "2027-01-31T23:59:59Z", "spring-20_a", NOW);
        assertEquals("Spring 20", s.name());
        assertEquals(20, s.percentOff());
        assertNull(s.currency());
        assertEquals(Coupon.Duration.REPEATING, s.duration());
        assertEquals(3, s.durationInMonths());
        assertEquals(Instant.parse("2027-01-31T23:59:59Z"), s.redeemBy());
        assertEquals("SPRING-20_A", s.code());
    }

    @Test
    void anAmountCouponNeedsAnIsoCurrencyAndIsNormalisedToLowerCase() {
        Coupon.Spec s = Coupon.Spec.of("Ten off", null, 1000L, "EUR", "once", null, null, null, null, NOW);
        assertEquals(1000L, s.amountOff());
        assertEquals("eur", s.currency());
        assertNull(s.code());
        assertEquals(List.of("currency"), refused(() -> Coupon.Spec.of("Ten off", null, 1000L, null, "once", null, null, null, null, NOW)));
        assertEquals(List.of("currency"), refused(() -> Coupon.Spec.of("Ten off", null, 1000L, "XYZ", "once", null, null, null, null, NOW)));
    }

    @Test
    void bothPercentAndAmountAndABadDurationAreEachNamedAtOnce() {
        assertEquals(List.of("percentOff", "amountOff", "duration"),
                refused(() -> Coupon.Spec.of("Both", 10, 500L, "eur", "sometimes", null, null, null, null, NOW)));
        assertEquals(List.of("percentOff", "currency"), refused(() -> Coupon.Spec.of("Neither", null, null, "e".repeat(5000), "once", null, null, null,
                null, NOW)));
    }

    @Test
    void everyInvalidFieldIsNamed() {
        assertEquals(List.of("name", "percentOff", "durationInMonths", "maxRedemptions", "redeemBy", "code"),
                refused(() -> Coupon.Spec.of(" ", 101, null, null, "repeating", 37, 0L, "2026-12-07T09:59:59Z", "no spaces!", NOW)));
        assertEquals(List.of("percentOff", "duration"), refused(() -> Coupon.Spec.of("Nothing off", null, null, null, null, null, null, null, null, NOW)));
        assertEquals(List.of("currency"), refused(() -> Coupon.Spec.of("Percent", 10, null, "eur", "forever", null, null, null, null, NOW)));
        assertEquals(List.of("durationInMonths"), refused(() -> Coupon.Spec.of("Once", 10, null, null, "once", 3, null, null, null, NOW)));
        assertEquals(List.of("durationInMonths"), refused(() -> Coupon.Spec.of("Repeat", 10, null, null, "repeating", null, null, null, null, NOW)));
        assertEquals(List.of("redeemBy"), refused(() -> Coupon.Spec.of("Date", 10, null, null, "once", null, null, "next week", null, NOW)));
        assertEquals(List.of("code"), refused(() -> Coupon.Spec.of("Short", 10, null, null, "once", null, null, null, "AB", NOW)));
        assertEquals(List.of("code"), refused(() -> Coupon.Spec.of("Long", 10, null, null, "once", null, null, null, "A".repeat(41), NOW)));
    }

    @Test
    void theBoundsAreAccepted() {
        Coupon.Spec.of("One", 1, null, null, "repeating", 1, 1L, null, "ABC", NOW);
        Coupon.Spec.of("All", 100, null, null, "repeating", 36, Coupon.MAX_REDEMPTIONS, null, "A".repeat(40), NOW);
        Coupon.Spec.of("Max", null, Offer.MAX_AMOUNT, "jpy", "forever", null, null, null, null, NOW);
    }
}
