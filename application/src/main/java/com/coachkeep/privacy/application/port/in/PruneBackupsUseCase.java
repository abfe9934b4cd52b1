package com.coachkeep.privacy.application.port.in;

import com.coachkeep.privacy.domain.Backup;
import java.util.List;

/** The backup job's other step (P-DEL-3): no backup is kept beyond the retention window. */
public interface PruneBackupsUseCase {
    /** Deletes every backup taken before the retention window; answers the ones deleted. */
    List<Backup> prune();
}
