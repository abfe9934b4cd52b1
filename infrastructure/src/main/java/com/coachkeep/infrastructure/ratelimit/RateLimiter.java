package com.coachkeep.infrastructure.ratelimit;

import com.coachkeep.infrastructure.platform.PlatformReady;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * The API's rate limits as configured ({@link RateLimit}; {@code coachkeep.ratelimit.enabled}, true by default;
 * {@code coachkeep.ratelimit.backend}, {@code postgresql}, the only back end built so far). When the bucket store
 * cannot be reached the request goes on (fail open, logged): an outage of the limiter must not become an outage of the
 * API. Buckets that are full again are removed once a minute.
 */
@ApplicationScoped
public class RateLimiter {
    private static final Logger LOG = Logger.getLogger(RateLimiter.class.getName());

    @Resource(lookup = "jdbc/coachkeepRateLimit")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    Config config;

    private boolean enabled;
    private final Map<RateLimit, RateLimit.Rule> rules = new EnumMap<>(RateLimit.class);
    private BucketStore store;
    private ScheduledFuture<?> cleaning;
    private volatile long lastFailureLogged;

    @PostConstruct
    void init() {
        enabled = config.getOptionalValue("coachkeep.ratelimit.enabled", Boolean.class).orElse(true);
        for (RateLimit limit : RateLimit.values()) {
            rules.put(limit, new RateLimit.Rule(limit, config.getOptionalValue(limit.limitKey(), Long.class).orElse(limit.defaultLimit()),
                    config.getOptionalValue(limit.periodKey(), String.class).map(Duration::parse).orElse(limit.defaultPeriod())));
        }
        String backend = config.getOptionalValue("coachkeep.ratelimit.backend", String.class).orElse("postgresql").toLowerCase(Locale.ROOT);
        if (!"postgresql".equals(backend)) {
            throw new IllegalStateException("coachkeep.ratelimit.backend=" + backend + " is not available; the rate limits keep their "
                    + "buckets in PostgreSQL (coachkeep.ratelimit.backend=postgresql)");
        }
        store = BucketStore.postgresql(dataSource);
    }

    void startCleaning(@Observes PlatformReady ready) {
        if (enabled) {
            cleaning = executor.scheduleWithFixedDelay(this::clean, 60, 60, TimeUnit.SECONDS);
        }
    }

    void clean() {
        try {
            int removed;
            do {
                removed = store.removeExpired(500);
            } while (removed == 500);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "rate limits: removing full buckets failed; trying again in a minute", e);
        }
    }

    @PreDestroy
    void stop() {
        if (cleaning != null) {
            cleaning.cancel(false);
        }
    }

    public boolean enabled() {
        return enabled;
    }

    public RateLimit.Rule rule(RateLimit limit) {
        return rules.get(limit);
    }

    /** Takes one request from the subject's bucket of this limit. */
    public Outcome take(RateLimit limit, String subject) {
        RateLimit.Rule rule = rules.get(limit);
        if (!enabled) {
            return Outcome.unlimited(rule);
        }
        try {
            return store.take(rule, subject);
        } catch (RuntimeException e) {
            long now = System.nanoTime();
            if (now - lastFailureLogged > TimeUnit.MINUTES.toNanos(1)) {
                lastFailureLogged = now;
                LOG.log(Level.WARNING, "rate limits: the bucket store failed; requests go on unlimited until it answers again", e);
            }
            return Outcome.unlimited(rule);
        }
    }
}
