package com.coachkeep.infrastructure.platform;

import com.coachkeep.infrastructure.identity.DevIssuer;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.Config;

/**
 * The start-up sequence, run while the application starts and before it accepts requests:
 * <ol>
 *   <li>the {@link ProductionGuard} (a refusal stops the server);</li>
 *   <li>in development, the development issuer's keys (so they exist before the first token is verified);</li>
 *   <li>without a configured database, the {@link EmbeddedDatabase} (before anything touches a DataSource);</li>
 *   <li>Liquibase, as the schema owner ({@code jdbc/coachkeepOwner});</li>
 *   <li>the {@link PlatformReady} event.</li>
 * </ol>
 * It observes the application-scope initialisation with the earliest priority, so other
 * start-up observers find the database migrated. In production any failure stops the server,
 * so that an orchestrator restarts it instead of leaving a server without its application.
 */
@ApplicationScoped
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Inject
    Config config;

    @Inject
    PlatformState state;

    @Inject
    DevIssuer devIssuer;

    @Inject
    Event<PlatformReady> platformReady;

    @Resource(lookup = "jdbc/coachkeepOwner")
    DataSource owner;

    private volatile EmbeddedDatabase.Running embeddedDatabase;

    void start(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class) Object event) {
        long started = System.nanoTime();
        PlatformSettings settings;
        try {
            settings = PlatformSettings.from(config);
        } catch (RuntimeException e) {
            throw refuse(List.of(e.getMessage()));
        }
        List<String> reasons = new java.util.ArrayList<>(new ProductionGuard().reasonsToRefuse(settings));
        settings.parsedMode().ifPresent(m -> reasons.addAll(new ProductionGuard().consoleReasonsToRefuse(m,
                ConsoleSignInSettings.from(config))));
        if (!reasons.isEmpty()) {
            throw refuse(reasons);
        }
        Mode mode = settings.parsedMode().orElseThrow();
        try {
            if (mode == Mode.DEVELOPMENT) {
                devIssuer.prepare(settings.devIssuerDirectory());
            }
            if (settings.embeddedDatabase()) {
                startEmbeddedDatabase(settings);
            } else {
                LOG.info(() -> "Coachkeep database: " + withoutQuery(settings.databaseUrl()));
            }
            new LiquibaseMigrator(settings.liquibaseLockWaitMinutes()).migrate(owner, settings.appRole(), PlatformSettings.workerRole(config));
            state.markSchemaMigrated();
            platformReady.fire(new PlatformReady(mode, embeddedDatabase != null));
        } catch (Exception e) {
            state.markFailed(e.getClass().getSimpleName());
            LOG.log(Level.SEVERE, "Coachkeep could not start: " + e.getMessage(), e);
            if (mode == Mode.PRODUCTION) {
                ServerHalt.haltSoon(1);
            }
            throw new IllegalStateException("Coachkeep could not start: " + e.getMessage(), e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Coachkeep platform ready in " + millis + " ms (mode " + mode.configValue()
                + (embeddedDatabase != null ? ", embedded database" : "") + ")");
    }

    private void startEmbeddedDatabase(PlatformSettings settings) throws Exception {
        EmbeddedDatabase.Running running = new EmbeddedDatabase()
                .start(settings.embeddedDatabaseDirectory(), settings.embeddedDatabasePort());
        embeddedDatabase = running;
        LOG.info(() -> String.format(
                "Coachkeep embedded PostgreSQL (development only) %s.%n  data folder: %s%n  JDBC URL:    %s"
                        + "%n  roles:       %s (schema owner), %s (application), %s (background work across workspaces);"
                        + " trust authentication on loopback"
                        + "%n  Delete the data folder while the server is stopped to start from scratch.",
                running.freshlyInitialised() ? "initialised and started" : "started with existing data",
                running.dataDirectory(), running.jdbcUrl(), EmbeddedDatabase.OWNER_ROLE, EmbeddedDatabase.APP_ROLE,
                EmbeddedDatabase.WORKER_ROLE));
    }

    @PreDestroy
    void stop() {
        EmbeddedDatabase.Running running = embeddedDatabase;
        if (running != null) {
            embeddedDatabase = null;
            running.close();
            LOG.info(() -> "Coachkeep embedded PostgreSQL stopped; data kept in " + running.dataDirectory());
        }
    }

    /** Logs every reason, stops the server shortly, and returns the exception that fails the application's start. */
    private IllegalStateException refuse(List<String> reasons) {
        StringBuilder message = new StringBuilder("Coachkeep refuses to start:");
        reasons.forEach(reason -> message.append(System.lineSeparator()).append("  - ").append(reason));
        state.markFailed("refused");
        LOG.severe(message::toString);
        ServerHalt.haltSoon(1);
        return new IllegalStateException(message.toString());
    }

    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }
}
