package com.coachkeep.privacy.application.port.out;

import com.coachkeep.privacy.domain.ExportId;

/** Runs queued exports in the background. */
public interface ExportJobPort {
    /** An export was queued in the current transaction: start working on it once that commits. */
    void queued(ExportId id);
}
