package com.coachkeep.audit.domain;

import com.coachkeep.shared.domain.WorkspaceId;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What is to be recorded, before it has a place in the chain. The action is a dotted lower-case code
 * ({@code staff.role_changed}); details are a few short key-value pairs (ids, old and new values) and never hold
 * coaching content or secrets. A reason is required where a person must justify an action (support access).
 */
public record AuditEntry(WorkspaceId workspaceId, AuditActor actor, String action, String targetType, String targetId,
        String reason, String requestId, Map<String, String> details) {
    /** Events that belong to no workspace (platform-wide console actions) are chained under this id. */
    public static final WorkspaceId PLATFORM = new WorkspaceId(new java.util.UUID(0, 0));
    private static final Pattern ACTION = Pattern.compile("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$");
    private static final Pattern KEY = Pattern.compile("^[a-zA-Z][a-zA-Z0-9_]{0,39}$");

    public AuditEntry {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(actor, "actor");
        if (action == null || action.length() > 80 || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("action must be a dotted lower-case code such as staff.role_changed: " + action);
        }
        targetType = bounded("targetType", targetType, 40);
        targetId = bounded("targetId", targetId, 200);
        reason = bounded("reason", reason, 1000);
        requestId = bounded("requestId", requestId, 128);
        TreeMap<String, String> sorted = new TreeMap<>();
        if (details != null) {
            details.forEach((k, v) -> {
                if (!KEY.matcher(k).matches()) {
                    throw new IllegalArgumentException("detail key must be a short identifier: " + k);
                }
                String value = v == null ? null : bounded(k, v, 500);
                if (value != null) {
                    sorted.put(k, value);
                }
            });
        }
        details = java.util.Collections.unmodifiableSortedMap(sorted);
    }

    private static String bounded(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(name + " longer than " + max + " characters");
        }
        return value;
    }
}
