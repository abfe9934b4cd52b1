package com.coachkeep.infrastructure.platform;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;

/**
 * The configuration values the start-up sequence and the production-mode guard decide on, read
 * once from MicroProfile Config (environment variables, system properties, {@code server.xml}
 * variables, {@code microprofile-config.properties}).
 *
 * @param mode                  raw {@code coachkeep.mode}
 * @param dataDirectory         {@code coachkeep.data.dir}: embedded database and development keys
 * @param embeddedDatabasePort  {@code coachkeep.embedded.db.port}
 * @param databaseUrl           {@code coachkeep.db.url} when an operator configured one, {@code null} when not,
 *                              blank when it is set but empty (a mistake: Liberty would give the DataSources an empty URL)
 * @param appRole               {@code coachkeep.db.user}: the role the application connects as
 * @param jwtIssuer             {@code mp.jwt.verify.issuer}
 * @param jwtPublicKeyLocation  {@code mp.jwt.verify.publickey.location}
 * @param devIssuerIssuer       {@code coachkeep.dev-issuer.issuer}: the {@code iss} the development issuer signs
 * @param httpHost              {@code coachkeep.http.host}
 * @param httpPort              {@code coachkeep.http.port} ({@code -1} disables plain HTTP)
 * @param liquibaseLockWaitMinutes {@code coachkeep.liquibase.lock-wait-minutes}
 * @param kekUri                {@code coachkeep.kek.uri}: the key-encryption key ({@code gcp-kms://…}, {@code aws-kms://…},
 *                              {@code file:/path}), {@code null} for the development key file in the data directory
 */
public record PlatformSettings(
        String mode,
        Path dataDirectory,
        int embeddedDatabasePort,
        String databaseUrl,
        String appRole,
        String jwtIssuer,
        String jwtPublicKeyLocation,
        String devIssuerIssuer,
        String httpHost,
        String httpPort,
        int liquibaseLockWaitMinutes,
        String kekUri) {

    public static final String MODE = "coachkeep.mode";
    public static final String DATA_DIR = "coachkeep.data.dir";
    public static final String EMBEDDED_DB_PORT = "coachkeep.embedded.db.port";
    public static final String DB_URL = "coachkeep.db.url";
    public static final String DB_USER = "coachkeep.db.user";
    /** The role background work that spans workspaces connects as (its own DataSource, jdbc/coachkeepWorker). */
    public static final String DB_WORKER_USER = "coachkeep.db.worker.user";
    public static final String JWT_ISSUER = "mp.jwt.verify.issuer";
    public static final String JWT_PUBLIC_KEY_LOCATION = "mp.jwt.verify.publickey.location";
    public static final String DEV_ISSUER_ISSUER = "coachkeep.dev-issuer.issuer";
    public static final String HTTP_HOST = "coachkeep.http.host";
    public static final String HTTP_PORT = "coachkeep.http.port";
    public static final String LIQUIBASE_LOCK_WAIT = "coachkeep.liquibase.lock-wait-minutes";
    public static final String KEK_URI = "coachkeep.kek.uri";

    /** Defaults that also stand in {@code server.xml}; repeated here so the application is safe without it. */
    public static final int DEFAULT_EMBEDDED_DB_PORT = 15432;
    public static final String DEFAULT_DEV_ISSUER = "http://localhost:9080/dev-issuer";

    /**
     * Ordinal of Liberty's config source for {@code server.xml} variable <em>defaults</em>
     * ({@code <variable defaultValue=...>}). A value from that source is a development default,
     * not something an operator configured.
     */
    static final int SERVER_XML_DEFAULT_ORDINAL = 1;

    /** Reads the settings from MicroProfile Config. */
    public static PlatformSettings from(Config config) {
        return new PlatformSettings(
                string(config, MODE).orElse(Mode.DEVELOPMENT.configValue()),
                Path.of(string(config, DATA_DIR).orElse(System.getProperty("user.home") + "/.coachkeep")),
                integer(config, EMBEDDED_DB_PORT, DEFAULT_EMBEDDED_DB_PORT),
                configuredDatabaseUrl(config).orElse(null),
                string(config, DB_USER).orElse(EmbeddedDatabase.APP_ROLE),
                string(config, JWT_ISSUER).orElse(null),
                string(config, JWT_PUBLIC_KEY_LOCATION).orElse(null),
                string(config, DEV_ISSUER_ISSUER).orElse(DEFAULT_DEV_ISSUER),
                string(config, HTTP_HOST).orElse("127.0.0.1"),
                string(config, HTTP_PORT).orElse("9080"),
                integer(config, LIQUIBASE_LOCK_WAIT, 5),
                string(config, KEK_URI).orElse(null));
    }

    /** {@code coachkeep.db.worker.user}: the worker role, which the changesets give its read-only grants. */
    public static String workerRole(Config config) {
        return string(config, DB_WORKER_USER).orElse(EmbeddedDatabase.WORKER_ROLE);
    }

    /**
     * The database URL an operator configured, if any. {@code server.xml} gives the DataSource a
     * default URL pointing at the embedded server; that default is visible through MicroProfile
     * Config too, so a value that comes only from the {@code server.xml} defaults counts as
     * "not configured".
     */
    static Optional<String> configuredDatabaseUrl(Config config) {
        if (setButBlank("COACHKEEP_DB_URL") || setButBlank("coachkeep_db_url") || setButBlank(DB_URL)) {
            return Optional.of("");
        }
        ConfigValue value = config.getConfigValue(DB_URL);
        String raw = value.getValue();
        if (raw == null || value.getSourceOrdinal() <= SERVER_XML_DEFAULT_ORDINAL) {
            return Optional.empty();
        }
        return Optional.of(raw.trim());
    }

    /** An environment variable or system property that is present but empty. */
    private static boolean setButBlank(String name) {
        String env = System.getenv(name);
        String property = System.getProperty(name);
        return (env != null && env.isBlank()) || (property != null && property.isBlank());
    }

    /** The mode, when {@link #mode()} names one. */
    public Optional<Mode> parsedMode() {
        return Mode.parse(mode);
    }

    /** Whether the embedded development database is to be used (no database URL configured). */
    public boolean embeddedDatabase() {
        return databaseUrl == null;
    }

    /** Whether the database URL is set but empty. */
    public boolean databaseUrlBlank() {
        return databaseUrl != null && databaseUrl.isBlank();
    }

    /** Where the development issuer keeps its keys. */
    public Path devIssuerDirectory() {
        return dataDirectory.resolve("dev-issuer");
    }

    /** Whether the key-encryption key is a local keyset file (the development default or an explicit {@code file:}). */
    public boolean localKeyEncryptionKey() {
        return kekUri == null || kekUri.startsWith("file:");
    }

    /** Where the embedded PostgreSQL server keeps its data. */
    public Path embeddedDatabaseDirectory() {
        return dataDirectory.resolve("postgres");
    }

    private static Optional<String> string(Config config, String name) {
        return config.getOptionalValue(name, String.class).map(String::trim).filter(s -> !s.isEmpty());
    }

    private static int integer(Config config, String name, int fallback) {
        Optional<String> value = string(config, name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a whole number, was '" + value.get() + "'", e);
        }
    }
}
