package com.coachkeep.infrastructure.backup;

import com.coachkeep.privacy.application.port.out.DatabaseBackupPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * The database's backups made by PostgreSQL's own tools, run as processes: {@code pg_dump --format=custom
 * --exclude-schema=keystore} (one consistent snapshot while the database keeps serving; compressed; read back by
 * {@code pg_restore}, table by table if need be). {@code pg_dump} must be at least the server's major version; it
 * refuses an older one, and the job reports its message.
 *
 * <p>It connects as a role that reads every row: row-level security is forced on every tenant table, even for their
 * owner, and {@code pg_dump} refuses to dump a table whose rows a policy would hide.
 */
@ApplicationScoped
public class PgDumpDatabaseBackup implements DatabaseBackupPort {
    /** The schema of the wrapped data keys and the tombstones, never in the data's backups. */
    public static final String KEYSTORE = "keystore";

    @Inject
    Config config;

    @Override
    public void dumpData(OutputStream out) throws IOException {
        BackupSettings s = BackupSettings.from(config);
        run(List.of(s.pgDump(), "--format=custom", "--exclude-schema=" + KEYSTORE, "--no-password",
                "--dbname=" + libpq(s.databaseUrl()), "--username=" + s.user()), s.password(), out);
    }

    @Override
    public String describe() {
        BackupSettings s = BackupSettings.from(config);
        try {
            ByteArrayOutputStream version = new ByteArrayOutputStream();
            run(List.of(s.pgDump(), "--version"), null, version);
            return version.toString(StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return s.pgDump() + " (not runnable: " + e.getMessage() + ")";
        }
    }

    /**
     * Restores a dump into an empty database, as the restore procedure does (docs/operations/backups.md): connected as
     * the schema owner, every object restored becomes the owner's ({@code --no-owner}); the first error stops it.
     */
    public static void restore(String pgRestore, Path dump, String jdbcUrl, String user, String password) throws IOException {
        run(List.of(pgRestore, "--exit-on-error", "--no-owner", "--no-password", "--dbname=" + libpq(jdbcUrl), "--username=" + user,
                dump.toString()), password, OutputStream.nullOutputStream());
    }

    /**
     * Copies the keystore schema (wrapped keys and tombstones) from one database into another, as the restore
     * procedure does when the data is restored into a fresh database beside a keystore that survived.
     */
    public static void copyKeystore(String pgDump, String pgRestore, String fromJdbcUrl, String fromUser, String toJdbcUrl, String toUser,
            Path scratch) throws IOException {
        try (OutputStream out = java.nio.file.Files.newOutputStream(scratch)) {
            run(List.of(pgDump, "--format=custom", "--schema=" + KEYSTORE, "--no-password", "--dbname=" + libpq(fromJdbcUrl),
                    "--username=" + fromUser), null, out);
        }
        restore(pgRestore, scratch, toJdbcUrl, toUser, null);
    }

    /**
     * A libpq connection URI from a JDBC URL: the same host, port and database, and of the parameters only the TLS
     * ones, which mean the same to both ({@code sslmode}, {@code sslrootcert}, {@code sslcert}, {@code sslkey}).
     */
    static String libpq(String jdbcUrl) {
        String url = jdbcUrl.startsWith("jdbc:") ? jdbcUrl.substring("jdbc:".length()) : jdbcUrl;
        URI uri = URI.create(url);
        String query = uri.getRawQuery() == null ? "" : List.of(uri.getRawQuery().split("&")).stream()
                .filter(p -> p.startsWith("sslmode=") || p.startsWith("sslrootcert=") || p.startsWith("sslcert=") || p.startsWith("sslkey="))
                .collect(Collectors.joining("&"));
        String base = "postgresql://" + uri.getRawAuthority() + uri.getRawPath();
        return query.isEmpty() ? base : base + "?" + query;
    }

    /** Runs a tool, its standard output into {@code out}; a non-zero exit fails with the tool's own message. */
    private static void run(List<String> command, String password, OutputStream out) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command));
        if (password != null) {
            // never on the command line, where any local user could read it
            pb.environment().put("PGPASSWORD", password);
        }
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new IOException("cannot run " + command.get(0) + " (set coachkeep.backup.pg-dump to its path): " + e.getMessage(), e);
        }
        CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> {
            try (InputStream err = process.getErrorStream()) {
                byte[] all = err.readAllBytes();
                String text = new String(all, StandardCharsets.UTF_8).trim();
                return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
            } catch (IOException e) {
                return e.toString();
            }
        });
        try {
            process.getOutputStream().close();
            try (InputStream stdout = process.getInputStream()) {
                stdout.transferTo(out);
            }
            if (!process.waitFor(6, TimeUnit.HOURS)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish in 6 hours");
            }
            int exit = process.exitValue();
            String message = errors.get(1, TimeUnit.MINUTES);
            if (exit != 0) {
                throw new IOException(command.get(0) + " failed (exit " + exit + "): " + message);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException(command.get(0) + " interrupted", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException(command.get(0) + ": " + e.getMessage(), e);
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }
}
