package com.coachkeep.privacy.application.port.in;

import com.coachkeep.privacy.domain.Backup;
import java.time.Duration;
import java.util.Optional;

/** The backup job's step (P-BAK-1): back up the database's data and the file store together. */
public interface BackUpDataUseCase {
    /** Takes a backup now; a backup that fails leaves nothing behind and throws. */
    Backup backUp();

    /** Takes a backup when none was taken within {@code interval}; empty when the newest backup is recent enough. */
    Optional<Backup> backUpIfDue(Duration interval);
}
