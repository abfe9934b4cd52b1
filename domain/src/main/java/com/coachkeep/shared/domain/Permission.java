package com.coachkeep.shared.domain;

/**
 * A kind of action inside a workspace. Every use case names the permission it needs; a role is a set of
 * permissions. Least privilege: a permission not granted is denied.
 */
public enum Permission {
    WORKSPACE_READ,
    WORKSPACE_MANAGE,
    STAFF_READ,
    STAFF_MANAGE,
    CLIENTS_READ_ASSIGNED,
    CLIENTS_READ_ALL,
    CLIENTS_MANAGE,
    CLIENT_NOTES_READ,
    CLIENT_NOTES_WRITE,
    /** Reading the workspace's audit trail and verifying its chain. */
    AUDIT_READ,
    /** A client reading and managing their own record. */
    SELF_READ
}
