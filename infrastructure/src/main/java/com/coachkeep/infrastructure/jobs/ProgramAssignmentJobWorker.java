package com.coachkeep.infrastructure.jobs;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.training.application.port.in.RunProgramAssignmentJobUseCase;
import com.coachkeep.training.application.port.out.ProgramAssignmentJobPort;
import com.coachkeep.training.domain.ProgramAssignmentJobId;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs an assignment job on the server's managed executor once the request that started it commits: batch after batch,
 * each its own transaction, until every client is dealt with. A batch that fails stops the run; the job then reads as
 * interrupted once its heartbeat is stale, with its progress kept, and the clients left can be sent again.
 */
@ApplicationScoped
public class ProgramAssignmentJobWorker implements ProgramAssignmentJobPort {
    @Inject
    JobMetrics jobMetrics;

    private static final Logger LOG = Logger.getLogger(ProgramAssignmentJobWorker.class.getName());

    @Resource
    ManagedExecutorService executor;
    @Resource
    TransactionSynchronizationRegistry transactions;
    @Inject
    RunProgramAssignmentJobUseCase runs;

    @Override
    public void started(Actor actor, ProgramAssignmentJobId id) {
        if (transactions != null && transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        submit(actor, id);
                    }
                }
            });
        } else {
            submit(actor, id);
        }
    }

    void submit(Actor actor, ProgramAssignmentJobId id) {
        executor.execute(JobMetrics.timed(jobMetrics, "program-assignment", () -> run(actor, id)));
    }

    void run(Actor actor, ProgramAssignmentJobId id) {
        long started = System.nanoTime();
        try {
            int batches = 0;
            while (runs.runBatch(actor, id)) {
                batches++;
            }
            int done = batches + 1;
            LOG.fine(() -> "assignment job " + id + ": " + done + " batch(es) in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "assignment job " + id + " stopped; what it assigned stays, the rest can be sent again", e);
        }
    }
}
