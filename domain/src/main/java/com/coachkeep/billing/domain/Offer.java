package com.coachkeep.billing.domain;

import com.coachkeep.shared.domain.Validator;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;

/**
 * A package a coach sells: one-time, or recurring every week, month or year; its price in minor units of its currency;
 * for a recurring one an optional free trial and a one-time setup fee. It exists as a product and prices on the
 * coach's own Stripe account ({@code stripeProductId}, {@code stripePriceId}, {@code stripeSetupPriceId}).
 */
public record Offer(WorkspaceId workspaceId, UUID id, String name, Interval interval, long amount, String currency, Integer trialDays,
        Long setupFee, String stripeProductId, String stripePriceId, String stripeSetupPriceId, Instant createdAt) {
    public static final long MAX_AMOUNT = 99_999_999;
    public static final int MAX_TRIAL_DAYS = 730;

    /** How often a recurring offer bills; {@code ONE_TIME} bills once. */
    public enum Interval {
        ONE_TIME, WEEK, MONTH, YEAR;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public boolean recurring() {
            return this != ONE_TIME;
        }
    }

    /** What a coach asks for, checked field by field (every invalid field is reported at once). */
    public record Spec(String name, Interval interval, long amount, String currency, Integer trialDays, Long setupFee) {
        public static Spec of(String name, String interval, Long amount, String currency, Integer trialDays, Long setupFee) {
            Validator v = new Validator();
            String n = v.check("name", name, raw -> {
                if (raw == null || raw.isBlank()) {
                    throw new IllegalArgumentException("is required");
                }
                if (raw.strip().length() > 120) {
                    throw new IllegalArgumentException("must be at most 120 characters");
                }
                return raw.strip();
            });
            Interval i = v.check("interval", interval, raw -> {
                if (raw == null) {
                    return Interval.ONE_TIME;
                }
                return switch (raw) {
                    case "one_time" -> Interval.ONE_TIME;
                    case "week" -> Interval.WEEK;
                    case "month" -> Interval.MONTH;
                    case "year" -> Interval.YEAR;
                    default -> throw new IllegalArgumentException("must be one_time, week, month or year");
                };
            });
            v.require(amount != null && amount >= 1 && amount <= MAX_AMOUNT, "amount",
                    "is required: the price in minor units of the currency (cents), 1 to " + MAX_AMOUNT);
            String c = v.check("currency", currency, raw -> {
                if (raw == null || !raw.matches("[A-Za-z]{3}")) {
                    throw new IllegalArgumentException("must be a three-letter ISO 4217 currency code");
                }
                try {
                    return Currency.getInstance(raw.toUpperCase(Locale.ROOT)).getCurrencyCode().toLowerCase(Locale.ROOT);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("is not an ISO 4217 currency");
                }
            });
            boolean recurring = i != null && i.recurring();
            v.require(trialDays == null || recurring && trialDays >= 1 && trialDays <= MAX_TRIAL_DAYS, "trialDays",
                    "must be 1 to " + MAX_TRIAL_DAYS + " days, and only for a recurring offer");
            v.require(setupFee == null || recurring && setupFee >= 1 && setupFee <= MAX_AMOUNT, "setupFee",
                    "must be 1 to " + MAX_AMOUNT + " minor units, and only for a recurring offer");
            v.throwIfInvalid();
            return new Spec(n, i, amount, c, trialDays, setupFee);
        }
    }
}
