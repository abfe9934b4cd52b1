package com.coachkeep.infrastructure.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the schema is migrated and the application role can run a query. The answer is
 * public, so it names no host, role or error message.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final int QUERY_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "jdbc/coachkeep")
    DataSource dataSource;

    @Inject
    PlatformState state;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        if (state.failure() != null) {
            return response.down().withData("startup", "failed").build();
        }
        if (!state.schemaMigrated()) {
            return response.down().withData("schema", "not migrated yet").build();
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            statement.execute("SELECT 1");
            return response.up().build();
        } catch (SQLException e) {
            return response.down().withData("sqlState", String.valueOf(e.getSQLState())).build();
        }
    }
}
