package com.coachkeep.billing.domain;

import com.coachkeep.shared.domain.Validator;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;

/**
 * A discount a coach offers their clients: a percentage or an amount off, once, for some months or forever, on the
 * coach's own Stripe account ({@code stripeCouponId}); with a customer-facing {@code code}, also a Stripe promotion code
 * ({@code stripePromotionCodeId}) the client types on Stripe's checkout page. Deactivated, it can no longer be redeemed.
 */
public record Coupon(WorkspaceId workspaceId, UUID id, String name, Integer percentOff, Long amountOff, String currency, Duration duration,
        Integer durationInMonths, Long maxRedemptions, Instant redeemBy, String code, String stripeCouponId, String stripePromotionCodeId,
        boolean active, Instant createdAt, Instant deactivatedAt) {
    public static final int MAX_DURATION_MONTHS = 36;
    public static final long MAX_REDEMPTIONS = 1_000_000;
    public static final String CODE_PATTERN = "[A-Z0-9_-]{3,40}";

    /** How long a subscription keeps the discount: its first payment, some months, or for good. */
    public enum Duration {
        ONCE, REPEATING, FOREVER;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The coupon, deactivated at {@code at}. */
    public Coupon deactivated(Instant at) {
        return new Coupon(workspaceId, id, name, percentOff, amountOff, currency, duration, durationInMonths, maxRedemptions, redeemBy, code,
                stripeCouponId, stripePromotionCodeId, false, createdAt, at);
    }

    /** What a coach asks for, checked field by field (every invalid field is reported at once); {@code now} for {@code redeemBy}. */
    public record Spec(String name, Integer percentOff, Long amountOff, String currency, Duration duration, Integer durationInMonths,
            Long maxRedemptions, Instant redeemBy, String code) {
        public static Spec of(String name, Integer percentOff, Long amountOff, String currency, String duration, Integer durationInMonths,
                Long maxRedemptions, String redeemBy, String code, Instant now) {
            Validator v = new Validator();
            String n = v.check("name", name, raw -> {
                if (raw == null || raw.isBlank()) {
                    throw new IllegalArgumentException("is required");
                }
                if (raw.strip().length() > 40) {
                    throw new IllegalArgumentException("must be at most 40 characters (Stripe shows it on receipts)");
                }
                return raw.strip();
            });
            if (percentOff != null && amountOff != null) {
                v.require(false, "percentOff", "give either percentOff or amountOff, not both");
                v.require(false, "amountOff", "give either percentOff or amountOff, not both");
            } else if (percentOff == null && amountOff == null) {
                v.require(false, "percentOff", "is required: either percentOff (1 to 100) or amountOff with its currency");
            } else if (percentOff != null) {
                v.require(percentOff >= 1 && percentOff <= 100, "percentOff", "must be 1 to 100");
            } else {
                v.require(amountOff >= 1 && amountOff <= Offer.MAX_AMOUNT, "amountOff", "must be 1 to " + Offer.MAX_AMOUNT + " minor units");
            }
            boolean amount = amountOff != null && percentOff == null;
            String c = v.check("currency", currency, raw -> {
                if (raw == null) {
                    if (amount) {
                        throw new IllegalArgumentException("is required with amountOff: a three-letter ISO 4217 currency code");
                    }
                    return null;
                }
                if (!raw.matches("[A-Za-z]{3}")) {
                    throw new IllegalArgumentException("must be a three-letter ISO 4217 currency code, and only with amountOff");
                }
                if (amountOff == null) {
                    throw new IllegalArgumentException("only with amountOff");
                }
                try {
                    return Currency.getInstance(raw.toUpperCase(Locale.ROOT)).getCurrencyCode().toLowerCase(Locale.ROOT);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("is not an ISO 4217 currency");
                }
            });
            Duration d = v.check("duration", duration, raw -> {
                if (raw == null) {
                    throw new IllegalArgumentException("is required: once, repeating or forever");
                }
                return switch (raw) {
                    case "once" -> Duration.ONCE;
                    case "repeating" -> Duration.REPEATING;
                    case "forever" -> Duration.FOREVER;
                    default -> throw new IllegalArgumentException("must be once, repeating or forever");
                };
            });
            if (d == Duration.REPEATING) {
                v.require(durationInMonths != null && durationInMonths >= 1 && durationInMonths <= MAX_DURATION_MONTHS, "durationInMonths",
                        "is required for a repeating coupon: 1 to " + MAX_DURATION_MONTHS + " months");
            } else {
                v.require(durationInMonths == null, "durationInMonths", "only for a repeating coupon");
            }
            v.require(maxRedemptions == null || maxRedemptions >= 1 && maxRedemptions <= MAX_REDEMPTIONS, "maxRedemptions",
                    "must be 1 to " + MAX_REDEMPTIONS);
            Instant by = v.check("redeemBy", redeemBy, raw -> {
                if (raw == null) {
                    return null;
                }
                Instant t;
                try {
                    t = Instant.parse(raw);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("must be an instant (2027-01-31T23:59:59Z)");
                }
                if (!t.isAfter(now)) {
                    throw new IllegalArgumentException("must be in the future");
                }
                return t;
            });
            String k = v.check("code", code, raw -> {
                if (raw == null) {
                    return null;
                }
                String upper = raw.strip().toUpperCase(Locale.ROOT);
                if (!upper.matches(CODE_PATTERN)) {
                    throw new IllegalArgumentException("must be 3 to 40 of A-Z, 0-9, - and _");
                }
                return upper;
            });
            v.throwIfInvalid();
            return new Spec(n, percentOff, amountOff, c, d, d == Duration.REPEATING ? durationInMonths : null, maxRedemptions, by, k);
        }
    }
}
