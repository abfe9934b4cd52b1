package com.coachkeep.privacy.application.port.in;

/** The background side of exports, called by the export worker. */
public interface RunExportsUseCase {
    /** Claims and runs one queued (or abandoned) export; {@code false} when none was waiting. */
    boolean runNext();

    /** Deletes the archives of exports past their expiry; returns how many. */
    int expireDue();
}
