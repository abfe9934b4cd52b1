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
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * The API's rate limits as configured ({@link RateLimit}; {@code coachkeep.ratelimit.enabled}, true by default;
 * {@code coachkeep.ratelimit.backend}: {@code postgresql} by default, or {@code redis} with
 * {@code coachkeep.ratelimit.redis.url} and {@code coachkeep.ratelimit.redis.timeout}; any other value refuses to
 * start). When the bucket store cannot be reached the request goes on (fail open, logged): an outage of the limiter
 * must not become an outage of the API. A Redis that cannot be reached at start-up is tried again on a later request,
 * every few seconds at most. Buckets in PostgreSQL that are full again are removed once a minute; Redis expires them.
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
    private volatile BucketStore store;
    private Supplier<BucketStore> opening;
    private volatile long lastOpeningTried;
    private ScheduledFuture<?> cleaning;
    private volatile long lastFailureLogged;

    @PostConstruct
    void init() {
        enabled = config.getOptionalValue("coachkeep.ratelimit.enabled", Boolean.class).orElse(true);
        for (RateLimit limit : RateLimit.values()) {
            rules.put(limit, new RateLimit.Rule(limit, config.getOptionalValue(limit.limitKey(), Long.class).orElse(limit.defaultLimit()),
                    config.getOptionalValue(limit.periodKey(), String.class).map(Duration::parse).orElse(limit.defaultPeriod())));
        }
        String backend = config.getOptionalValue("coachkeep.ratelimit.backend", String.class).orElse("postgresql").strip()
                .toLowerCase(Locale.ROOT);
        switch (backend) {
            case "postgresql" -> store = BucketStore.postgresql(dataSource);
            case "redis" -> {
                String url = config.getOptionalValue("coachkeep.ratelimit.redis.url", String.class).orElse("redis://127.0.0.1:6379");
                Duration timeout = config.getOptionalValue("coachkeep.ratelimit.redis.timeout", String.class).map(Duration::parse)
                        .orElse(Duration.ofSeconds(1));
                String where = redisAddress(url);
                opening = () -> {
                    BucketStore opened = BucketStore.redis(url, timeout);
                    LOG.info(() -> "rate limits: buckets in Redis at " + where);
                    return opened;
                };
                store = open();
            }
            default -> throw new IllegalStateException("coachkeep.ratelimit.backend=" + backend + " is not a back end of the rate "
                    + "limits: postgresql (the default) or redis (with coachkeep.ratelimit.redis.url)");
        }
    }

    /** Opens the Redis store, or answers null (logged) when Redis cannot be reached now. */
    private BucketStore open() {
        lastOpeningTried = System.nanoTime();
        try {
            return opening.get();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "rate limits: Redis cannot be reached; requests go on unlimited until it answers", e);
            return null;
        }
    }

    /** The store, opening it again when Redis could not be reached before (every five seconds at most). */
    private BucketStore store() {
        BucketStore s = store;
        if (s == null && System.nanoTime() - lastOpeningTried > TimeUnit.SECONDS.toNanos(5)) {
            synchronized (this) {
                s = store;
                if (s == null && System.nanoTime() - lastOpeningTried > TimeUnit.SECONDS.toNanos(5)) {
                    s = store = open();
                }
            }
        }
        return s;
    }

    /** Host and port of a Redis URL, for the log: never its password. */
    static String redisAddress(String url) {
        try {
            var uri = io.lettuce.core.RedisURI.create(url);
            return uri.getHost() + ":" + uri.getPort();
        } catch (RuntimeException e) {
            throw new IllegalStateException("coachkeep.ratelimit.redis.url is not a Redis URL (redis://host:port)", e);
        }
    }

    void startCleaning(@Observes PlatformReady ready) {
        if (enabled) {
            cleaning = executor.scheduleWithFixedDelay(this::clean, 60, 60, TimeUnit.SECONDS);
        }
    }

    void clean() {
        BucketStore s = store;
        if (s == null) {
            return;
        }
        try {
            int removed;
            do {
                removed = s.removeExpired(500);
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
        BucketStore s = store;
        if (s != null) {
            s.close();
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
        BucketStore s = store();
        if (s == null) {
            return Outcome.unlimited(rule);
        }
        try {
            return s.take(rule, subject);
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
