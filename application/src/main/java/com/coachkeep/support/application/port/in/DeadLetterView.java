package com.coachkeep.support.application.port.in;

import java.time.Instant;

/**
 * An email the outbox gave up on, as operators see it: metadata only, never the message, its recipient or its model.
 *
 * @param workspaceId the workspace it belongs to, or {@code null} for a platform email
 * @param template    which email ({@code staff-invitation})
 * @param lastError   the transport's last answer
 */
public record DeadLetterView(String id, String workspaceId, String template, int attempts, Instant createdAt, Instant failedAt,
        String lastError) {
}
