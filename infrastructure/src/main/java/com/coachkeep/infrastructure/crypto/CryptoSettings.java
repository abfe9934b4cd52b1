package com.coachkeep.infrastructure.crypto;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The encryption configuration, from MicroProfile Config.
 *
 * @param kekUri        {@code coachkeep.kek.uri} ({@code COACHKEEP_KEK_URI}): {@code gcp-kms://…}, {@code aws-kms://…},
 *                      {@code file:/path/kek.json} for a local keyset file, or {@code null} for the development
 *                      default {@code <data dir>/keys/kek.json} (refused in production mode)
 * @param dataDirectory {@code coachkeep.data.dir}
 * @param cacheTtl      {@code coachkeep.crypto.key-cache-seconds}: how long an unwrapped data key stays in memory
 * @param cacheSize     {@code coachkeep.crypto.key-cache-size}: how many unwrapped data keys at most
 * @param fileStore     {@code coachkeep.files.dir}: where the local file store keeps encrypted files
 */
public record CryptoSettings(String kekUri, Path dataDirectory, Duration cacheTtl, long cacheSize, Path fileStore) {
    public static final String KEK_URI = "coachkeep.kek.uri";
    public static final String FILE_SCHEME = "file:";
    public static final String GCP_KMS_SCHEME = "gcp-kms://";
    public static final String AWS_KMS_SCHEME = "aws-kms://";

    public static CryptoSettings from(Config config) {
        Path data = Path.of(text(config, "coachkeep.data.dir").orElse(System.getProperty("user.home") + "/.coachkeep"));
        return new CryptoSettings(text(config, KEK_URI).orElse(null), data,
                Duration.ofSeconds(Long.parseLong(text(config, "coachkeep.crypto.key-cache-seconds").orElse("120"))),
                Long.parseLong(text(config, "coachkeep.crypto.key-cache-size").orElse("10000")),
                text(config, "coachkeep.files.dir").map(Path::of).orElse(data.resolve("files")));
    }

    /** The local keyset file used when no KEK URI is configured (development only). */
    public static Path defaultKeyFile(Path dataDirectory) {
        return dataDirectory.resolve("keys").resolve("kek.json");
    }

    /** Whether the KEK is a local keyset file (the default or an explicit {@code file:} URI). */
    public boolean localKeyFile() {
        return kekUri == null || kekUri.startsWith(FILE_SCHEME);
    }

    /** The local keyset file, when {@link #localKeyFile()}. */
    public Path keyFile() {
        if (kekUri == null) {
            return defaultKeyFile(dataDirectory);
        }
        String path = kekUri.substring(FILE_SCHEME.length());
        while (path.startsWith("//")) {
            path = path.substring(1);
        }
        return Path.of(path);
    }

    private static Optional<String> text(Config config, String name) {
        return config.getOptionalValue(name, String.class).map(String::trim).filter(s -> !s.isEmpty());
    }
}
