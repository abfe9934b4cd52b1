package com.coachkeep.shared.application;

/**
 * Where security events go. Every implementation receives every event: today a log on the dedicated
 * {@code com.coachkeep.security} logger; an audit trail implements the same port. Implementations must not
 * throw: recording a refusal never changes the answer to it.
 */
public interface SecurityEventPort {
    void record(SecurityEvent event);
}
