package com.coachkeep.support.application.port.in;

import java.time.Instant;

/**
 * What support sees of a workspace without a grant: metadata, never coaching content.
 *
 * @param status       {@code active}, {@code suspended} or {@code deleting}
 * @param staffCount   active owner, coaches, assistants and custom-role staff
 * @param clientCount  clients on the roster (any status)
 * @param ownerEmail   the owner's sign-in address, or {@code null} when the identity provider gave none
 * @param plan         the workspace's Coachkeep plan; {@code null} until payments exist
 * @param stripeStatus the state of its Stripe subscription; {@code null} until payments exist
 */
public record WorkspaceSummary(String id, String name, Instant createdAt, String status, long staffCount, long clientCount,
        String ownerEmail, String plan, String stripeStatus) {
    public static final String ACTIVE = "active";
    public static final String SUSPENDED = "suspended";
    public static final String DELETING = "deleting";

    public WorkspaceSummary(String id, String name, Instant createdAt, String status, long staffCount, long clientCount,
            String ownerEmail) {
        this(id, name, createdAt, status, staffCount, clientCount, ownerEmail, null, null);
    }
}
