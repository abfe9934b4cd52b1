package com.coachkeep.infrastructure.rest.billing;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import com.coachkeep.billing.application.port.in.WebhookSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits each webhook endpoint to {@code coachkeep.stripe.webhooks-per-minute} deliveries (a token bucket per source,
 * in this node's memory, refilled gradually), counted before the body is read: an endpoint anyone can reach cannot be
 * used to load the server. Stripe retries a refused delivery with backoff for days, so nothing is lost.
 */
@ApplicationScoped
public class WebhookRateLimit {
    @Inject
    @ConfigProperty(name = "coachkeep.stripe.webhooks-per-minute", defaultValue = "1200")
    int perMinute;

    private final Map<WebhookSource, Bucket> buckets = new EnumMap<>(WebhookSource.class);

    @PostConstruct
    void init() {
        int capacity = Math.max(1, perMinute);
        for (WebhookSource s : WebhookSource.values()) {
            buckets.put(s, Bucket.builder().addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, Duration.ofMinutes(1)).build()).build());
        }
    }

    /** 0 when the delivery may proceed, else the seconds to wait. */
    public long tryTake(WebhookSource source) {
        ConsumptionProbe p = buckets.get(source).tryConsumeAndReturnRemaining(1);
        return p.isConsumed() ? 0 : Math.max(1, (p.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    }
}
