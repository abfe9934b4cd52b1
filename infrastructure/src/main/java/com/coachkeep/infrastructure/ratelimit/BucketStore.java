package com.coachkeep.infrastructure.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import javax.sql.DataSource;

/**
 * Token buckets shared by every server node, in one of two back ends. By default in the {@code rate_limit_bucket}
 * table through Bucket4j's PostgreSQL back end ({@code SELECT … FOR UPDATE} on the bucket's row, one short transaction
 * per request and bucket); the table is unlogged (no write-ahead log, no flush at commit): after a crash the buckets
 * start full, and a row is forgotten once its bucket would be full again. When configured, in Redis through Bucket4j's
 * Lettuce back end (compare-and-swap by a Lua script, one round trip per request and bucket), under the key
 * {@code coachkeep:ratelimit:<hash>}, which Redis expires itself once the bucket would be full again. Either way a
 * bucket's key is the SHA-256 of the limit's name and the subject: the store never holds a person's, a workspace's or
 * an address's identifier.
 *
 * <p>The limits every request passes (person, workspace, address) are counted on the node first and written to the
 * shared bucket every hundredth of the quota or every {@link #SYNC_AT_LEAST} (Bucket4j's delaying optimization): a
 * request then costs no round trip to the database, and each node may let through up to 1% of a quota more than the
 * shared bucket holds before it learns so. The tighter limits (invitations, exports, look-ups answering 404) are counted
 * in the database on every request, exactly.
 */
public final class BucketStore implements AutoCloseable {
    static final String TABLE = "rate_limit_bucket";
    static final String REDIS_PREFIX = "coachkeep:ratelimit:";
    static final Duration SYNC_AT_LEAST = Duration.ofMillis(500);

    private final ProxyManager<String> proxies;
    private final ExpiredEntriesCleaner cleaner;
    private final String keyPrefix;
    private final AutoCloseable connection;
    // The proxies, so that batching can join concurrent requests on one bucket; bounded, a forgotten proxy costs a rebuild.
    private final Cache<String, BucketProxy> cache = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(15))
            .build();

    // Newer than the stored configurations of buckets made by nodes started earlier: this node's limits replace theirs.
    private final long configurationVersion = System.currentTimeMillis();

    BucketStore(ProxyManager<String> proxies, ExpiredEntriesCleaner cleaner, String keyPrefix, AutoCloseable connection) {
        this.proxies = proxies;
        this.cleaner = cleaner;
        this.keyPrefix = keyPrefix;
        this.connection = connection;
    }

    /** Buckets in PostgreSQL through connections of this data source, which must not join a JTA transaction. */
    public static BucketStore postgresql(DataSource dataSource) {
        var manager = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource).primaryKeyMapper(PrimaryKeyMapper.STRING).table(TABLE)
                .idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1))).build();
        return new BucketStore(manager, manager, "", () -> { });
    }

    /**
     * Buckets in the Redis at this URL ({@code redis://[:password@]host[:port][/database]}, {@code rediss://} for TLS),
     * through one connection that Lettuce multiplexes and reconnects. A command that gets no answer within
     * {@code timeout} fails, and so does one sent while the connection is down (the limiter then lets the request go
     * on). {@link #close()} closes it.
     */
    public static BucketStore redis(String url, Duration timeout) {
        RedisURI uri = RedisURI.create(url);
        uri.setTimeout(timeout);
        RedisClient client = RedisClient.create(uri);
        // While the connection is down (Lettuce reconnects it), a take fails at once instead of waiting for the timeout:
        // requests then go on unlimited without waiting for Redis.
        client.setOptions(ClientOptions.builder().disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build());
        try {
            StatefulRedisConnection<String, byte[]> connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
            var manager = Bucket4jLettuce.casBasedBuilder(connection)
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1))).build();
            return new BucketStore(manager, batch -> 0, REDIS_PREFIX, () -> {
                connection.close();
                client.shutdown();
            });
        } catch (RuntimeException e) {
            client.shutdown();
            throw e;
        }
    }

    /** Takes one token from the subject's bucket of this rule. */
    public Outcome take(RateLimit.Rule rule, String subject) {
        String key = keyPrefix + key(rule.limit(), subject);
        BucketProxy bucket = cache.get(key + rule.quota() + "/" + rule.window().toSeconds(), k -> build(rule, key));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Outcome(rule, probe.isConsumed(), probe.getRemainingTokens(), probe.isConsumed() ? 0 : probe.getNanosToWaitForRefill(),
                probe.getNanosToWaitForReset());
    }

    /** Forgets up to {@code batch} buckets that are full again; answers how many (Redis forgets them itself: 0). */
    public int removeExpired(int batch) {
        return cleaner.removeExpired(batch);
    }

    /** Closes the connection to the store (Redis); the PostgreSQL connections are the server's pool's. */
    @Override
    public void close() {
        try {
            connection.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the bucket store failed", e);
        }
    }

    private BucketProxy build(RateLimit.Rule rule, String key) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(rule.quota()).refillGreedy(rule.quota(), rule.window()).build()).build();
        var builder = proxies.builder()
                // A node started later replaces the stored configuration with its own: a raised limit grants the difference
                // at once, a lowered one takes it away.
                .withImplicitConfigurationReplacement(configurationVersion, TokensInheritanceStrategy.ADDITIVE);
        if (rule.limit().everyRequest()) {
            builder = builder.withOptimization(Optimizations.delaying(new DelayParameters(Math.max(1, rule.quota() / 100), SYNC_AT_LEAST)));
        }
        return builder.build(key, () -> configuration);
    }

    /** The bucket's row id: hex SHA-256 of the limit and the subject. */
    static String key(RateLimit limit, String subject) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((limit.wireName() + '\n' + subject).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
