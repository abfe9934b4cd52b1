package com.coachkeep.infrastructure.platform;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

import javax.sql.DataSource;

import liquibase.GlobalConfiguration;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.changelog.ChangeLogParameters;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.resource.ZipResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings a database schema up to date with the changelog on the class path, as the schema-owner
 * role. Usable from the server's start-up sequence and from tests alike.
 *
 * <p>Liquibase is given this class's class loader explicitly (inside an application server the
 * thread's context class loader is not guaranteed to see the application's libraries), logs
 * through java.util.logging instead of standard output, and sends no usage data.
 */
public final class LiquibaseMigrator {

    /** The master changelog; changesets live in {@code db/changelog/changes/}, applied in file-name order. */
    public static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";

    /** Changelog parameter naming the application role, used as {@code ${app_role}} in changesets. */
    public static final String APP_ROLE_PARAMETER = "app_role";
    /** Changelog parameter naming the worker role (background work across workspaces), {@code ${worker_role}}. */
    public static final String WORKER_ROLE_PARAMETER = "worker_role";

    private static final Logger LOG = Logger.getLogger(LiquibaseMigrator.class.getName());

    private final int lockWaitMinutes;

    /**
     * @param lockWaitMinutes how long to wait for another node's migration lock before failing
     */
    public LiquibaseMigrator(int lockWaitMinutes) {
        if (lockWaitMinutes < 1) {
            throw new IllegalArgumentException("lockWaitMinutes must be at least 1");
        }
        this.lockWaitMinutes = lockWaitMinutes;
    }

    /**
     * Reads the changelog from the jar or folder that holds it. Liquibase's class-path accessor
     * cannot list a folder inside a jar that Liberty serves with its own {@code wsjar:} URLs (a
     * packaged WAR), so {@code includeAll} would find nothing there; a zip or directory accessor
     * on the same root gives the same resource paths in every deployment, which keeps the
     * changesets' identities ({@code DATABASECHANGELOG.FILENAME}) stable. Changesets and the files
     * they load therefore live beside the master changelog.
     */
    static ResourceAccessor resourceAccessor(ClassLoader classLoader) throws IOException {
        URL master = classLoader.getResource(CHANGELOG);
        if (master == null) {
            throw new IOException(CHANGELOG + " is not on the class path");
        }
        Path root = changelogRoot(master);
        if (root == null) {
            LOG.fine(() -> "Liquibase reads the changelog through the class path: " + master);
            return new ClassLoaderResourceAccessor(classLoader);
        }
        LOG.fine(() -> "Liquibase reads the changelog from " + root);
        return Files.isDirectory(root) ? new DirectoryResourceAccessor(root) : new ZipResourceAccessor(root);
    }

    /** The folder or jar file the master changelog is in, or {@code null} when it is not a plain file on disk. */
    static Path changelogRoot(URL master) {
        try {
            String protocol = master.getProtocol();
            if ("file".equals(protocol)) {
                Path root = Path.of(master.toURI());
                for (int i = 0; i < Path.of(CHANGELOG).getNameCount() && root != null; i++) {
                    root = root.getParent();
                }
                return root != null && Files.isDirectory(root) ? root : null;
            }
            if ("jar".equals(protocol) || "wsjar".equals(protocol)) {
                String spec = master.toString();
                int entry = spec.lastIndexOf("!/");
                String archive = spec.substring(protocol.length() + 1, entry < 0 ? spec.length() : entry);
                if (!archive.startsWith("file:")) {
                    return null;
                }
                Path jar = Path.of(URI.create(archive));
                // a jar nested in an unexpanded WAR is no file of its own
                return Files.isRegularFile(jar) ? jar : null;
            }
            return null;
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    /**
     * Applies every pending changeset.
     *
     * @param owner   connections as the role that owns the schema
     * @param appRole the role the application connects as; receives its grants through the changesets
     */
    public void migrate(DataSource owner, String appRole) throws Exception {
        migrate(owner, appRole, EmbeddedDatabase.WORKER_ROLE);
    }

    /**
     * Applies every pending changeset.
     *
     * @param owner      connections as the role that owns the schema
     * @param appRole    the role the application connects as; receives its grants through the changesets
     * @param workerRole the role background work across workspaces connects as; receives its read-only grants
     */
    public void migrate(DataSource owner, String appRole, String workerRole) throws Exception {
        try (ResourceAccessor changelogFiles = resourceAccessor(LiquibaseMigrator.class.getClassLoader())) {
            migrate(owner, appRole, workerRole, changelogFiles);
        }
    }

    /** Applies every pending changeset of the master changelog found through {@code changelogFiles}. */
    void migrate(DataSource owner, String appRole, ResourceAccessor changelogFiles) throws Exception {
        migrate(owner, appRole, EmbeddedDatabase.WORKER_ROLE, changelogFiles);
    }

    private void migrate(DataSource owner, String appRole, String workerRole, ResourceAccessor changelogFiles) throws Exception {
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.classLoader.name(), LiquibaseMigrator.class.getClassLoader());
        scope.put(Scope.Attr.resourceAccessor.name(), changelogFiles);
        scope.put(Scope.Attr.ui.name(), new LoggerUIService());
        scope.put(GlobalConfiguration.CHANGELOGLOCK_WAIT_TIME.getKey(), (long) lockWaitMinutes);
        scope.put(GlobalConfiguration.SHOW_BANNER.getKey(), false);
        scope.put(AnalyticsArgs.ENABLED.getKey(), false);
        Scope.child(scope, () -> {
            try (Connection connection = owner.getConnection()) {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                ChangeLogParameters parameters = new ChangeLogParameters(database);
                parameters.set(APP_ROLE_PARAMETER, appRole);
                parameters.set(WORKER_ROLE_PARAMETER, workerRole);
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                        .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_PARAMETERS, parameters)
                        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                        .execute();
            }
        });
    }
}
