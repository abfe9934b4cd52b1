package com.coachkeep.support.application.port.in;

/** The public status (P-AVL-1), derived from the readiness checks; anyone may read it. */
public interface GetPlatformStatusUseCase {
    PlatformStatus status();
}
