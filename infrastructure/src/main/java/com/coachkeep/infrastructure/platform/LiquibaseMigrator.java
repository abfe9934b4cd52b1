package com.coachkeep.infrastructure.platform;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import liquibase.GlobalConfiguration;
import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.changelog.ChangeLogParameters;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
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
     * Applies every pending changeset.
     *
     * @param owner   connections as the role that owns the schema
     * @param appRole the role the application connects as; receives its grants through the changesets
     */
    public void migrate(DataSource owner, String appRole) throws Exception {
        ClassLoader classLoader = LiquibaseMigrator.class.getClassLoader();
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.classLoader.name(), classLoader);
        scope.put(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(classLoader));
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
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                        .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_PARAMETERS, parameters)
                        .execute();
            }
        });
    }
}
