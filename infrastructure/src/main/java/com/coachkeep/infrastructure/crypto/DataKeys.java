package com.coachkeep.infrastructure.crypto;

import com.coachkeep.privacy.application.port.out.KeyVaultPort;
import com.coachkeep.privacy.application.port.out.SubjectKeyPort;
import com.coachkeep.privacy.application.port.out.WrappedKeyRepository;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.KeyPurpose;
import com.coachkeep.privacy.domain.SubjectErasedException;
import com.coachkeep.privacy.domain.WrappedKey;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The subjects' data keys: created on first write, wrapped by the key vault, stored apart from the data, unwrapped
 * on use and kept unwrapped in memory for a short time only (bounded in number, expiring after
 * {@code coachkeep.crypto.key-cache-seconds}), so that most reads and writes cost one AES-GCM operation and no
 * database or KMS round trip. Destroying a subject's keys (crypto-shredding) drops them from this node's memory at
 * once; other nodes forget them within the cache's lifetime.
 */
@ApplicationScoped
public class DataKeys implements SubjectKeyPort {
    private static final Logger LOG = Logger.getLogger(DataKeys.class.getName());

    @Inject
    WrappedKeyRepository keys;
    @Inject
    KeyVaultPort vault;
    @Inject
    Clock clock;
    @Inject
    Config config;
    @Resource
    TransactionSynchronizationRegistry transactions;

    private Cache<CacheKey, Object> unwrapped;

    private record CacheKey(DataSubject subject, KeyPurpose purpose) {
    }

    /** For tests and benchmarks outside a container. */
    public static DataKeys of(WrappedKeyRepository keys, KeyVaultPort vault, Clock clock, java.time.Duration ttl, long size) {
        DataKeys d = new DataKeys();
        d.keys = keys;
        d.vault = vault;
        d.clock = clock;
        d.unwrapped = cache(ttl, size);
        return d;
    }

    @PostConstruct
    void init() {
        CryptoSettings settings = CryptoSettings.from(config);
        unwrapped = cache(settings.cacheTtl(), settings.cacheSize());
    }

    private static Cache<CacheKey, Object> cache(java.time.Duration ttl, long size) {
        Tink.register();
        // maintenance on the calling thread: no unmanaged threads inside the application server
        return Caffeine.newBuilder().maximumSize(size).expireAfterWrite(ttl).executor(Runnable::run).build();
    }

    /** The subject's field key for writing, created when it has none. */
    public Aead fieldKeyForWriting(DataSubject subject) {
        return forWriting(subject, KeyPurpose.FIELD, Aead.class);
    }

    /** The subject's field key for reading; empty when it was destroyed or never existed (the data is erased). */
    public Optional<Aead> fieldKeyForReading(DataSubject subject) {
        return forReading(subject, KeyPurpose.FIELD, Aead.class);
    }

    public StreamingAead fileKeyForWriting(DataSubject subject) {
        return forWriting(subject, KeyPurpose.FILE, StreamingAead.class);
    }

    public Optional<StreamingAead> fileKeyForReading(DataSubject subject) {
        return forReading(subject, KeyPurpose.FILE, StreamingAead.class);
    }

    @Override
    public void destroy(DataSubject subject) {
        int destroyed = keys.destroyAll(subject, clock.instant());
        forget(subject);
        if (transactions != null && transactions.getTransactionKey() != null) {
            // again once the destruction is committed (or rolled back): a concurrent request on this node may have
            // cached the key from the last committed state in between
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    forget(subject);
                }
            });
        }
        LOG.info(() -> "Data keys of " + subject + " destroyed (" + destroyed + " held material)");
    }

    @Override
    public int destroyWorkspace(com.coachkeep.shared.domain.WorkspaceId workspaceId) {
        int destroyed = keys.destroyAllOfWorkspace(workspaceId, clock.instant());
        Runnable forget = () -> unwrapped.asMap().keySet().removeIf(k -> k.subject().workspaceId().equals(workspaceId));
        forget.run();
        if (transactions != null && transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    forget.run();
                }
            });
        }
        LOG.info(() -> "Data keys of every subject of workspace " + workspaceId + " destroyed (" + destroyed + " held material)");
        return destroyed;
    }

    private void forget(DataSubject subject) {
        for (KeyPurpose purpose : KeyPurpose.values()) {
            unwrapped.invalidate(new CacheKey(subject, purpose));
        }
    }

    @Override
    public boolean destroyed(DataSubject subject) {
        for (KeyPurpose purpose : KeyPurpose.values()) {
            Optional<WrappedKey> key = keys.find(subject, purpose);
            if (key.isPresent() && key.get().destroyed()) {
                return true;
            }
        }
        return false;
    }

    /** Forgets every unwrapped key (tests, and measuring the cost of a cold cache). */
    public void forgetUnwrappedKeys() {
        unwrapped.invalidateAll();
    }

    private <P> P forWriting(DataSubject subject, KeyPurpose purpose, Class<P> type) {
        CacheKey cacheKey = new CacheKey(subject, purpose);
        Object cached = unwrapped.getIfPresent(cacheKey);
        if (cached != null) {
            return type.cast(cached);
        }
        WrappedKey stored = keys.find(subject, purpose).orElseGet(() -> keys.addIfAbsent(generate(subject, purpose)));
        if (stored.destroyed()) {
            throw new SubjectErasedException(subject);
        }
        P primitive = unwrap(stored, type);
        unwrapped.put(cacheKey, primitive);
        return primitive;
    }

    private <P> Optional<P> forReading(DataSubject subject, KeyPurpose purpose, Class<P> type) {
        CacheKey cacheKey = new CacheKey(subject, purpose);
        Object cached = unwrapped.getIfPresent(cacheKey);
        if (cached != null) {
            return Optional.of(type.cast(cached));
        }
        Optional<WrappedKey> stored = keys.find(subject, purpose);
        if (stored.isEmpty() || stored.get().destroyed()) {
            if (stored.isEmpty()) {
                LOG.warning(() -> "No " + purpose + " key exists for " + subject + ": its encrypted data reads as erased");
            }
            return Optional.empty();
        }
        P primitive = unwrap(stored.get(), type);
        unwrapped.put(cacheKey, primitive);
        return Optional.of(primitive);
    }

    private WrappedKey generate(DataSubject subject, KeyPurpose purpose) {
        byte[] plain = null;
        try {
            KeysetHandle handle = KeysetHandle.generateNew(purpose == KeyPurpose.FIELD
                    ? PredefinedAeadParameters.AES256_GCM : PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB);
            plain = TinkProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
            return new WrappedKey(subject, purpose, vault.wrap(plain, wrappingContext(subject, purpose)), clock.instant(), null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not generate a data key", e);
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    private <P> P unwrap(WrappedKey key, Class<P> type) {
        byte[] plain = vault.unwrap(key.material(), wrappingContext(key.subject(), key.purpose()));
        try {
            return TinkProtoKeysetFormat.parseKeyset(plain, InsecureSecretKeyAccess.get())
                    .getPrimitive(RegistryConfiguration.get(), type);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The data key of " + key.subject() + " is not a " + type.getSimpleName() + " keyset", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** Binds a wrapped key to its subject and purpose: a wrapped key copied to another subject's row does not unwrap. */
    static byte[] wrappingContext(DataSubject subject, KeyPurpose purpose) {
        return ("coachkeep/data-key/v1|" + subject.workspaceId() + "|" + subject + "|" + purpose)
                .getBytes(StandardCharsets.UTF_8);
    }
}
