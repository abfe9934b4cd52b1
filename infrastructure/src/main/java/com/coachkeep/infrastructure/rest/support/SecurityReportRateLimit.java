package com.coachkeep.infrastructure.rest.support;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits the public report intake: {@code coachkeep.security-reports.per-address-per-hour} reports per client
 * address and {@code coachkeep.security-reports.global-per-hour} in all (token buckets, Bucket4j, refilled
 * gradually). The buckets live in this node's memory: each node enforces the limits on its own, and a restart
 * resets them. Every attempt counts, valid or not, so that the endpoint cannot be probed for free.
 */
@ApplicationScoped
public class SecurityReportRateLimit {
    @Inject
    @ConfigProperty(name = "coachkeep.security-reports.per-address-per-hour", defaultValue = "5")
    int perAddress;

    @Inject
    @ConfigProperty(name = "coachkeep.security-reports.global-per-hour", defaultValue = "100")
    int global;

    private Cache<String, Bucket> byAddress;
    private Bucket all;

    @PostConstruct
    void init() {
        // bounded, so that a flood of addresses cannot exhaust memory; an address idle for an hour has a full bucket anyway
        byAddress = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(1)).build();
        all = hourly(global);
    }

    /** Takes one token for this address and one overall; answers how long to wait when either is empty. */
    public Decision tryTake(String address) {
        ConsumptionProbe mine = byAddress.get(address == null ? "" : address, a -> hourly(perAddress)).tryConsumeAndReturnRemaining(1);
        if (!mine.isConsumed()) {
            return Decision.refused(mine.getNanosToWaitForRefill());
        }
        ConsumptionProbe total = all.tryConsumeAndReturnRemaining(1);
        if (!total.isConsumed()) {
            return Decision.refused(total.getNanosToWaitForRefill());
        }
        return new Decision(true, 0);
    }

    private static Bucket hourly(int perHour) {
        int capacity = Math.max(1, perHour);
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, Duration.ofHours(1)).build()).build();
    }

    /** Whether a report may be taken and, if not, after how many seconds to try again. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
        static Decision refused(long nanos) {
            return new Decision(false, Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
        }
    }
}
