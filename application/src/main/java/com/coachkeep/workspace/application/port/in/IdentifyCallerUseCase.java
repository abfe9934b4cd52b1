package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.application.Caller;

/** Finds the person a verified token names, provisioning them on their first call. */
public interface IdentifyCallerUseCase {
    Caller identify(IdentifyCallerCommand command);
}
