package com.coachkeep.privacy.application.service;

import com.coachkeep.privacy.application.port.in.RunExportsUseCase;
import com.coachkeep.privacy.application.port.out.ExportArchiveStorePort;
import com.coachkeep.privacy.application.port.out.PersonalDataExportPort;
import com.coachkeep.privacy.domain.DataExport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one export: every feature writes its folder of the archive (each in a transaction of its own, reporting its
 * progress), then the archive is stored and the requester emailed. A failure marks the export failed; a worker that
 * dies leaves it running with a stale heartbeat, and the next claim takes it over.
 */
@ApplicationScoped
public class RunExportsService implements RunExportsUseCase {
    private static final Logger LOG = Logger.getLogger(RunExportsService.class.getName());
    private static final int EXPIRY_BATCH = 100;

    private final ExportSteps steps;
    private final ExportArchiveStorePort archives;
    private final List<PersonalDataExportPort> features;

    @Inject
    public RunExportsService(ExportSteps steps, ExportArchiveStorePort archives, List<PersonalDataExportPort> features) {
        this.steps = steps;
        this.archives = archives;
        this.features = features;
    }

    protected RunExportsService() {
        this(null, null, null);
    }

    @Override
    public boolean runNext() {
        Optional<DataExport> claimed = steps.claim();
        if (claimed.isEmpty()) {
            return false;
        }
        DataExport export = claimed.get();
        if (export.state() != DataExport.State.RUNNING) {
            return true;
        }
        try (ExportArchiveStorePort.OpenArchivePort archive = archives.open(export.archiveOwner(), export.fileId())) {
            for (PersonalDataExportPort feature : features) {
                steps.progress(export, feature.feature(), "running");
                steps.exportFeature(feature, export, archive.folder(feature.feature()));
                steps.progress(export, feature.feature(), "done");
            }
            long size = steps.store(export, archive, features);
            steps.complete(export, size);
            LOG.info(() -> "export " + export.id() + " of workspace " + export.workspaceId() + " ready (" + size + " bytes)");
        } catch (Exception e) {
            LOG.log(Level.WARNING, "export " + export.id() + " of workspace " + export.workspaceId() + " failed", e);
            try {
                steps.fail(export, "The export could not be written; ask for it again.");
            } catch (RuntimeException again) {
                // the database is away: the export stays running and is taken over once its heartbeat is stale
                LOG.log(Level.WARNING, "export " + export.id() + ": could not record the failure", again);
            }
        }
        return true;
    }

    @Override
    public int expireDue() {
        int total = 0;
        for (int n = steps.expireBatch(EXPIRY_BATCH); n > 0; n = steps.expireBatch(EXPIRY_BATCH)) {
            total += n;
        }
        return total;
    }
}
