package com.coachkeep.checkin.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import java.util.List;

/**
 * Imports a weight history from a CSV export: every row is checked; valid rows are stored with the source imported,
 * rejected rows are reported with their line and reason. A file that cannot be read as the named format stores nothing.
 */
public interface ImportWeightHistoryUseCase {
    ImportReport importCsv(Actor actor, ClientId clientId, String format, String defaultUnit, String csv);

    record ImportReport(String format, int imported, int replaced, List<RejectedRow> rejected) {
    }

    record RejectedRow(long line, String reason) {
    }
}
