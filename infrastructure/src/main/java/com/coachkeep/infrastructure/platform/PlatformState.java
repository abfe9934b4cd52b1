package com.coachkeep.infrastructure.platform;

import jakarta.enterprise.context.ApplicationScoped;

/** How far the start-up sequence got; read by the readiness check. */
@ApplicationScoped
public class PlatformState {

    private volatile boolean schemaMigrated;
    private volatile String failure;

    /** Whether Liquibase has brought the schema up to date in this run. */
    public boolean schemaMigrated() {
        return schemaMigrated;
    }

    /** Why start-up failed, or {@code null}. */
    public String failure() {
        return failure;
    }

    void markSchemaMigrated() {
        this.schemaMigrated = true;
    }

    void markFailed(String reason) {
        this.failure = reason;
    }
}
