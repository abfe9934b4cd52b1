package com.coachkeep.infrastructure.platform;

import com.coachkeep.privacy.application.port.in.DeletionReplayReport;
import com.coachkeep.privacy.application.port.in.ReplayDeletionsUseCase;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Once the schema is migrated, before anything else of the start writes or serves data: every recorded deletion is
 * replayed (P-DEL-3), so that a database restored from a backup brings no deleted workspace or client back, not even
 * for the first request. On a database that was not restored it finds nothing to erase. It runs before the
 * encryption of plaintext fields, which would refuse a restored note of a subject whose key is destroyed. A failure
 * stops the start (in production the server halts): serving a restored database without its deletions would break
 * the promise. {@code coachkeep.backup.replay-at-start=false} turns it off (never in production).
 */
@ApplicationScoped
public class DeletionReplayStartup {
    private static final Logger LOG = Logger.getLogger(DeletionReplayStartup.class.getName());

    @Inject
    ReplayDeletionsUseCase replay;
    @Inject
    Config config;

    void onReady(@Observes @Priority(Interceptor.Priority.APPLICATION - 100) PlatformReady ready) {
        if (ready.developmentMode() && !config.getOptionalValue("coachkeep.backup.replay-at-start", Boolean.class).orElse(true)) {
            LOG.info("replay of deletions at start turned off (coachkeep.backup.replay-at-start=false)");
            return;
        }
        DeletionReplayReport r = replay.replayAll();
        if (r.resurrected() > 0) {
            LOG.warning(() -> "Deletions replayed after a restore: " + r.resurrected() + " deleted workspaces, clients or accounts had come back "
                    + "with the restored data; " + r.rowsErased() + " rows and files erased again (" + r.tombstones()
                    + " deletions recorded, " + r.millis() + " ms)");
        } else {
            LOG.info(() -> "Deletions replayed: " + r.tombstones() + " recorded, nothing had come back (" + r.millis() + " ms)");
        }
    }
}
