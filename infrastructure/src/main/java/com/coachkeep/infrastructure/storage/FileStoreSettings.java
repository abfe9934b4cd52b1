package com.coachkeep.infrastructure.storage;

import com.coachkeep.infrastructure.crypto.CryptoSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Where stored files go, from MicroProfile Config ({@code docs/operations/configuration.md}).
 *
 * @param kind  {@code coachkeep.files.store}: {@code local} (the default) or {@code s3}
 * @param local {@code coachkeep.files.dir}: the local store's folder
 * @param s3    the object store, when {@code kind} is {@code s3}
 */
public record FileStoreSettings(String kind, Path local, S3 s3) {
    public static final String LOCAL = "local";
    public static final String S3_KIND = "s3";

    /**
     * An S3-compatible object store.
     *
     * @param bucket          {@code coachkeep.files.s3.bucket} (required)
     * @param endpoint        {@code coachkeep.files.s3.endpoint}: empty for AWS itself; the URL of any other
     *                        S3-compatible service (MinIO, Ceph, R2, …)
     * @param region          {@code coachkeep.files.s3.region} (default {@code us-east-1})
     * @param prefix          {@code coachkeep.files.s3.prefix}: prepended to every object key (default empty)
     * @param pathStyle       {@code coachkeep.files.s3.path-style}: {@code bucket} in the path rather than the host
     *                        name (default: true when an endpoint is set, as most S3-compatible services need)
     * @param accessKeyId     {@code coachkeep.files.s3.access-key-id}: empty to use the platform's default
     *                        credentials (environment, profile, instance or pod role)
     * @param secretAccessKey {@code coachkeep.files.s3.secret-access-key}
     * @param scratch         {@code coachkeep.files.s3.scratch-dir}: where a file's ciphertext waits while it uploads
     *                        (default {@code <data dir>/files-scratch})
     */
    public record S3(String bucket, Optional<URI> endpoint, String region, String prefix, boolean pathStyle,
                     Optional<String> accessKeyId, Optional<String> secretAccessKey, Path scratch) {
        public S3 {
            if (bucket == null || bucket.isBlank()) {
                throw new IllegalStateException("coachkeep.files.s3.bucket must be set when coachkeep.files.store is s3");
            }
            if (accessKeyId.isPresent() != secretAccessKey.isPresent()) {
                throw new IllegalStateException(
                        "coachkeep.files.s3.access-key-id and coachkeep.files.s3.secret-access-key are set together or not at all");
            }
        }
    }

    public static FileStoreSettings from(Config config) {
        CryptoSettings crypto = CryptoSettings.from(config);
        String kind = text(config, "coachkeep.files.store").orElse(LOCAL).toLowerCase(Locale.ROOT);
        return switch (kind) {
            case LOCAL -> new FileStoreSettings(LOCAL, crypto.fileStore(), null);
            case S3_KIND -> {
                Optional<URI> endpoint = text(config, "coachkeep.files.s3.endpoint").map(URI::create);
                yield new FileStoreSettings(S3_KIND, crypto.fileStore(), new S3(
                        text(config, "coachkeep.files.s3.bucket").orElse(null),
                        endpoint,
                        text(config, "coachkeep.files.s3.region").orElse("us-east-1"),
                        text(config, "coachkeep.files.s3.prefix").orElse(""),
                        text(config, "coachkeep.files.s3.path-style").map(Boolean::parseBoolean).orElse(endpoint.isPresent()),
                        text(config, "coachkeep.files.s3.access-key-id"),
                        text(config, "coachkeep.files.s3.secret-access-key"),
                        text(config, "coachkeep.files.s3.scratch-dir").map(Path::of)
                                .orElse(crypto.dataDirectory().resolve("files-scratch"))));
            }
            default -> throw new IllegalStateException("coachkeep.files.store must be 'local' or 's3', not '" + kind + "'");
        };
    }

    private static Optional<String> text(Config config, String name) {
        return config.getOptionalValue(name, String.class).map(String::trim).filter(s -> !s.isEmpty());
    }
}
