package com.coachkeep.infrastructure.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;

import javax.sql.DataSource;

/**
 * Starts a PostgreSQL server from the binaries bundled with the application, for development
 * and tests, and provisions it the way an operator provisions a real one: a database
 * {@value #DATABASE} owned by the schema-owner role {@value #OWNER_ROLE}, and an application
 * role {@value #APP_ROLE} that can log in, is no superuser, cannot bypass row-level security
 * and owns nothing, and a worker role {@value #WORKER_ROLE} made the same way for background work
 * that spans workspaces.
 *
 * <p>The data directory is kept between starts, so development data survives restarts. The
 * server listens on loopback only and uses {@code trust} authentication (as written by
 * {@code initdb -A trust}): no password is set or needed, which is why it must never serve
 * production (the production-mode guard refuses to start without a configured database).
 *
 * <p>This class keeps no state of its own; each {@link #start(Path, int)} returns a
 * {@link Running} handle to close.
 */
public final class EmbeddedDatabase {

    /** The database the application uses. */
    public static final String DATABASE = "coachkeep";
    /** The role that owns the schema and runs Liquibase. */
    public static final String OWNER_ROLE = "coachkeep_owner";
    /** The role the application connects as: owns nothing, cannot bypass row-level security. */
    public static final String APP_ROLE = "coachkeep_app";
    /**
     * The role background work that spans workspaces connects as (outbox, exports, deletions, announcements…): owns
     * nothing, cannot bypass row-level security, and only reads the tables it scans, through policies that name it.
     */
    public static final String WORKER_ROLE = "coachkeep_worker";

    private static final String SUPERUSER = "postgres";

    /**
     * Starts (initialising on first use) a server whose data lives in {@code dataDirectory},
     * listening on {@code port} on loopback, and makes sure the database and roles exist.
     *
     * @param dataDirectory the PostgreSQL data directory (created when missing)
     * @param port          the TCP port, fixed so that the container DataSource can point at it
     * @return the running server; close it to stop the server (the data stays)
     * @throws IOException when the server cannot be started
     */
    public Running start(Path dataDirectory, int port) throws IOException {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        if (port <= 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        requireDriver();
        Path data = dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(data);
        boolean initialised = Files.exists(data.resolve("PG_VERSION"));
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // committed development data should survive a crash of the JVM or the machine
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "100")
                    // loaded, not installed: a test or a developer that wants statement counts creates the extension
                    // (as the superuser) and drops it again; nothing in the schema depends on it
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .start();
        } catch (IOException | RuntimeException | Error e) {
            // the postmaster may be running although the start-up wait failed: do not leave it behind
            stopPostmasterOf(data);
            throw e;
        }
        try {
            provision(postgres.getPostgresDatabase());
        } catch (SQLException | RuntimeException e) {
            closeQuietly(postgres, e);
            throw new IOException("Could not provision the embedded PostgreSQL server: " + e.getMessage(), e);
        }
        return new Running(postgres, data, port, !initialised);
    }

    /** The start-up check connects with the PostgreSQL driver; say so plainly when it is not on the class path. */
    private static void requireDriver() throws IOException {
        try {
            Class.forName("org.postgresql.ds.PGSimpleDataSource", false, EmbeddedDatabase.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IOException("The PostgreSQL JDBC driver is not visible to the application; in Liberty give the "
                    + "application the driver library (<classloader commonLibraryRef=\"postgresql\"/>)", e);
        }
    }

    private static void stopPostmasterOf(Path data) {
        Path pidFile = data.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return;
            }
            String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            ProcessHandle.of(Long.parseLong(firstLine))
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                    .ifPresent(ProcessHandle::destroy);
        } catch (IOException | RuntimeException ignored) {
            // best effort: a stale postmaster is adopted by the next start, and stopped with it
        }
    }

    private static void provision(DataSource superuser) throws SQLException {
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            ensureRole(c, s, OWNER_ROLE);
            ensureRole(c, s, APP_ROLE);
            ensureRole(c, s, WORKER_ROLE);
            // re-asserted on every start, so an edited role is put back the way the design needs it
            s.execute("ALTER ROLE " + OWNER_ROLE + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS");
            s.execute("ALTER ROLE " + APP_ROLE + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT");
            s.execute("ALTER ROLE " + WORKER_ROLE + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT");
            boolean exists;
            try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                p.setString(1, DATABASE);
                try (ResultSet r = p.executeQuery()) {
                    exists = r.next();
                }
            }
            if (!exists) {
                // the owner of the database owns its public schema (pg_database_owner, PostgreSQL 15+)
                s.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER_ROLE + " ENCODING 'UTF8' TEMPLATE template0");
            }
            s.execute("REVOKE ALL ON DATABASE " + DATABASE + " FROM PUBLIC");
            s.execute("GRANT CONNECT ON DATABASE " + DATABASE + " TO " + APP_ROLE);
            s.execute("GRANT CONNECT ON DATABASE " + DATABASE + " TO " + WORKER_ROLE);
        }
    }

    private static void ensureRole(Connection c, Statement s, String role) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            p.setString(1, role);
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) {
                    return;
                }
            }
        }
        s.execute("CREATE ROLE " + role + " LOGIN");
    }

    private static void closeQuietly(EmbeddedPostgres postgres, Exception cause) {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** A started embedded server; {@link #close()} stops it and keeps its data. */
    public static final class Running implements AutoCloseable {

        private final EmbeddedPostgres postgres;
        private final Path dataDirectory;
        private final int port;
        private final boolean freshlyInitialised;

        private Running(EmbeddedPostgres postgres, Path dataDirectory, int port, boolean freshlyInitialised) {
            this.postgres = postgres;
            this.dataDirectory = dataDirectory;
            this.port = port;
            this.freshlyInitialised = freshlyInitialised;
        }

        /** The JDBC URL of the application database, without credentials. */
        public String jdbcUrl() {
            return jdbcUrl(port);
        }

        /** The JDBC URL the embedded server answers on for the given port. */
        public static String jdbcUrl(int port) {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
        }

        public Path dataDirectory() {
            return dataDirectory;
        }

        public int port() {
            return port;
        }

        /** Whether this start created the data directory (as opposed to reusing an existing one). */
        public boolean freshlyInitialised() {
            return freshlyInitialised;
        }

        /** A connection source for the application database as the given role (trust auth, no password). */
        public DataSource dataSource(String role) {
            return postgres.getDatabase(role, DATABASE);
        }

        /** A connection source for the maintenance database as the superuser, for tests and tooling. */
        public DataSource superuserDataSource() {
            return postgres.getDatabase(SUPERUSER, "postgres");
        }

        /** Stops the server (fast shutdown); the data directory is kept. */
        @Override
        public void close() {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
