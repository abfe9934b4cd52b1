package com.coachkeep.infrastructure.stripe;

import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Stripe's configuration (docs/operations/configuration.md), from MicroProfile Config, so from the environment
 * ({@code COACHKEEP_STRIPE_SECRET_KEY} and so on): the secret key turns billing on; each webhook endpoint needs its
 * signing secret; the platform fee is in basis points of each client payment.
 *
 * @param apiBase    {@code coachkeep.stripe.api-base}: Stripe's API address, {@code https://api.stripe.com} unless a test
 *                   points it at a stub
 * @param tolerance  how old a webhook's signed timestamp may be ({@code coachkeep.stripe.webhook-tolerance-seconds}, 300)
 */
public record StripeSettings(Optional<String> secretKey, Optional<String> platformWebhookSecret, Optional<String> connectWebhookSecret,
        int platformFeeBasisPoints, String apiBase, Duration tolerance, String appUrl) {
    public static final String SECRET_KEY = "coachkeep.stripe.secret-key";
    public static final String PLATFORM_WEBHOOK_SECRET = "coachkeep.stripe.webhook-secret.platform";
    public static final String CONNECT_WEBHOOK_SECRET = "coachkeep.stripe.webhook-secret.connect";
    public static final String PLATFORM_FEE = "coachkeep.stripe.platform-fee-basis-points";
    public static final String API_BASE = "coachkeep.stripe.api-base";
    public static final String TOLERANCE = "coachkeep.stripe.webhook-tolerance-seconds";
    /** The sub-processor Stripe, as the public list names it (P-OWN-1). */
    public static final String STRIPE = "Stripe";

    public static StripeSettings from(Config config) {
        int fee = number(config, PLATFORM_FEE, 0);
        if (fee < 0 || fee > 10_000) {
            throw new IllegalStateException(PLATFORM_FEE + " must be between 0 and 10000 basis points, was " + fee);
        }
        int tolerance = number(config, TOLERANCE, 300);
        if (tolerance < 1) {
            throw new IllegalStateException(TOLERANCE + " must be at least 1 second, was " + tolerance);
        }
        return new StripeSettings(text(config, SECRET_KEY), text(config, PLATFORM_WEBHOOK_SECRET), text(config, CONNECT_WEBHOOK_SECRET), fee,
                text(config, API_BASE).map(u -> u.replaceAll("/+$", "")).orElse("https://api.stripe.com"), Duration.ofSeconds(tolerance),
                text(config, "coachkeep.app.url").map(u -> u.replaceAll("/+$", "")).orElse("http://localhost:9080"));
    }

    public boolean configured() {
        return secretKey.isPresent();
    }

    /** Stripe when configured: the only third party billing sends data to. */
    public Optional<String> subProcessorName() {
        return configured() ? Optional.of(STRIPE) : Optional.empty();
    }

    private static int number(Config config, String name, int otherwise) {
        Optional<String> raw = text(config, name);
        try {
            return raw.map(Integer::parseInt).orElse(otherwise);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a whole number, was '" + raw.get() + "'", e);
        }
    }

    private static Optional<String> text(Config config, String name) {
        return config.getOptionalValue(name, String.class).map(String::strip).filter(s -> !s.isEmpty());
    }
}
