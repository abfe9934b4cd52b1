package com.coachkeep.infrastructure.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The buckets in a real Redis (a {@code redis-server} process of the test's own) through Bucket4j's Lettuce back end:
 * limits hold, two nodes share a bucket, Redis holds hashes of what it limits under keys that expire, a Redis that does
 * not answer lets requests go on, and what a request costs.
 */
@Tag("promise:P-LOG-1")
class RedisBucketStoreTest {
    @TempDir
    static Path temp;
    static RedisServer redis;
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    @BeforeAll
    static void start() throws Exception {
        redis = RedisServer.start(temp.resolve("redis"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (redis != null) {
            redis.close();
        }
    }

    static RateLimit.Rule rule(RateLimit limit, long quota, Duration window) {
        return new RateLimit.Rule(limit, quota, window);
    }

    @Test
    void aBucketAllowsItsQuotaThenRefusesWithTheWaitAndOthersAreUntouched() {
        try (BucketStore store = BucketStore.redis(redis.url(), TIMEOUT)) {
            RateLimit.Rule fivePerHour = rule(RateLimit.INVITATION_ACCEPT, 5, Duration.ofHours(1));
            String person = "issuer " + UUID.randomUUID();
            for (int i = 0; i < 5; i++) {
                Outcome o = store.take(fivePerHour, person);
                assertTrue(o.allowed(), "request " + (i + 1));
                assertEquals(4 - i, o.remaining());
            }
            Outcome refused = store.take(fivePerHour, person);
            assertFalse(refused.allowed());
            assertTrue(refused.retryAfterSeconds() > 600 && refused.retryAfterSeconds() <= 720,
                    "one request refills after a fifth of an hour: " + refused.retryAfterSeconds());
            assertEquals("\"invitation-accept\";r=0;t=3600", refused.rateLimitHeader());
            assertTrue(store.take(fivePerHour, "issuer " + UUID.randomUUID()).allowed(), "another person has a bucket of their own");
        }
    }

    @Test
    void twoNodesCountAgainstTheSameBucket() {
        try (BucketStore nodeA = BucketStore.redis(redis.url(), TIMEOUT); BucketStore nodeB = BucketStore.redis(redis.url(), TIMEOUT)) {
            RateLimit.Rule four = rule(RateLimit.EXPORT_REQUEST, 4, Duration.ofHours(1));
            String person = "issuer " + UUID.randomUUID();
            assertTrue(nodeA.take(four, person).allowed());
            assertTrue(nodeB.take(four, person).allowed());
            assertTrue(nodeA.take(four, person).allowed());
            assertTrue(nodeB.take(four, person).allowed());
            assertFalse(nodeA.take(four, person).allowed(), "node A sees what node B took");
            assertFalse(nodeB.take(four, person).allowed());
        }
    }

    @Test
    void aLimitEveryRequestPassesHoldsAcrossNodesThoughItIsCountedOnTheNodeFirst() {
        try (BucketStore nodeA = BucketStore.redis(redis.url(), TIMEOUT); BucketStore nodeB = BucketStore.redis(redis.url(), TIMEOUT)) {
            RateLimit.Rule twoHundred = rule(RateLimit.PERSON, 200, Duration.ofHours(1));
            String person = "issuer " + UUID.randomUUID();
            int allowed = 0;
            for (int i = 0; i < 130; i++) {
                allowed += nodeA.take(twoHundred, person).allowed() ? 1 : 0;
                allowed += nodeB.take(twoHundred, person).allowed() ? 1 : 0;
            }
            assertTrue(allowed >= 200 && allowed <= 204, "two nodes together at most 1% each over the quota: " + allowed);
        }
    }

    @Test
    void redisHoldsHashesOfWhatItLimitsUnderKeysThatExpire() {
        String address = "203.0.113." + (int) (Math.random() * 200);
        try (BucketStore store = BucketStore.redis(redis.url(), TIMEOUT)) {
            store.take(rule(RateLimit.EXPORT_DOWNLOAD, 30, Duration.ofHours(1)), address);
        }
        RedisClient client = RedisClient.create(redis.url());
        try (StatefulRedisConnection<String, String> c = client.connect()) {
            List<String> keys = c.sync().keys("*");
            String expected = BucketStore.REDIS_PREFIX + BucketStore.key(RateLimit.EXPORT_DOWNLOAD, address);
            assertTrue(keys.contains(expected), "the bucket is stored under the hash of the limit and the address: " + keys);
            assertTrue(keys.stream().noneMatch(k -> k.contains(address)), keys.toString());
            long ttl = c.sync().pttl(expected);
            // one token taken of 30 an hour refills in two minutes; the key outlives it by the minute of grace at most
            assertTrue(ttl > 0 && ttl <= Duration.ofMinutes(3).toMillis(), "Redis forgets the bucket once it is full again: " + ttl);
        } finally {
            client.shutdown();
        }
    }

    @Test
    void whileRedisIsDownATakeFailsAtOnceInsteadOfWaitingForTheTimeout() throws Exception {
        RedisServer other = RedisServer.start(temp.resolve("stopped"));
        // a timeout far longer than the bound below: a take that failed within the bound did not wait for it
        BucketStore store = BucketStore.redis(other.url(), Duration.ofSeconds(60));
        try {
            RateLimit.Rule four = rule(RateLimit.EXPORT_REQUEST, 4, Duration.ofHours(1));
            assertTrue(store.take(four, "p").allowed());
            other.close();
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                assertThrows(RuntimeException.class, () -> store.take(four, "p"),
                        "a take against a stopped Redis fails (the limiter then lets the request go on, logged)");
                assertTrue(System.nanoTime() - start < Duration.ofSeconds(20).toNanos(), "without waiting for the 60-second timeout");
            }
        } finally {
            store.close();
        }
    }

    /**
     * What the limiter adds to a request with Redis, printed, not asserted (figures vary by machine): the three buckets
     * every signed-in request passes, counted on the node first as configured, and three buckets counted exactly in
     * Redis (one round trip each), taken one after another by one thread, Redis on the same machine.
     */
    @Test
    void costPerRequestIsMeasured() {
        String person = "issuer " + UUID.randomUUID();
        try (BucketStore store = BucketStore.redis(redis.url(), TIMEOUT)) {
            double everyRequest = BucketStoreTest.microsPerRequest(store, new RateLimit.Rule[] {RateLimit.Rule.byDefault(RateLimit.ADDRESS),
                    rule(RateLimit.PERSON, 1_000_000, Duration.ofMinutes(1)), RateLimit.Rule.byDefault(RateLimit.WORKSPACE)},
                    new String[] {"198.51.100.7", person, UUID.randomUUID().toString()}, 20_000);
            double exact = BucketStoreTest.microsPerRequest(store, new RateLimit.Rule[] {rule(RateLimit.INVITATION_ACCEPT, 1_000_000,
                    Duration.ofHours(1)), rule(RateLimit.EXPORT_DOWNLOAD, 1_000_000, Duration.ofHours(1)), rule(RateLimit.NOT_FOUND, 1_000_000,
                    Duration.ofHours(1))}, new String[] {person, person, person}, 5_000);
            System.out.printf("rate limiter cost (Redis): %.1f µs per request for the three limits every request passes (counted on the "
                    + "node, written every 1%% of a quota or 500 ms); %.0f µs per request for three buckets counted exactly in Redis "
                    + "(%.0f µs per bucket); one thread%n", everyRequest, exact, exact / 3);
        }
    }
}
