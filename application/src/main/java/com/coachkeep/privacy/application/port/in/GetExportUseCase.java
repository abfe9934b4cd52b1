package com.coachkeep.privacy.application.port.in;

import com.coachkeep.privacy.domain.ExportId;
import com.coachkeep.shared.application.Actor;

/**
 * One export, for the person who asked for it (anyone else: not found). While it is ready, each read issues a new
 * short-lived download link, which replaces the previous one.
 */
public interface GetExportUseCase {
    ExportView get(Actor actor, ExportId id);
}
