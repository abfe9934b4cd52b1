package com.coachkeep.shared.domain;

/**
 * A kind of action inside a workspace. Every use case names the permission it needs; a role is a set of
 * permissions. Least privilege: a permission not granted is denied. The table of what each one allows is in
 * docs/permissions.md (a test keeps it complete).
 *
 * <p>Each permission has a {@link Kind}: staff permissions can be put into custom roles; owner permissions
 * stay with the workspace owner (they control the business itself, its money, its people and its roles,
 * so delegating them would let a delegate widen their own access); self permissions belong to clients.
 */
public enum Permission {
    /** Read the workspace's settings (name, branding, policies). */
    WORKSPACE_READ(Kind.STAFF),
    /** Change the workspace's settings and security policies (MFA requirement, roster visibility). */
    WORKSPACE_MANAGE(Kind.OWNER),
    /** Export the whole workspace as a machine-readable archive. */
    WORKSPACE_EXPORT(Kind.OWNER),
    /** Delete the workspace and everything in it. */
    WORKSPACE_DELETE(Kind.OWNER),
    /** See the staff list (names, emails, roles). */
    STAFF_READ(Kind.STAFF),
    /** Invite staff, change their roles, remove them, manage pending invitations. */
    STAFF_MANAGE(Kind.OWNER),
    /** Define, change and delete custom roles. */
    ROLES_MANAGE(Kind.OWNER),
    /** Read the clients assigned to oneself. */
    CLIENTS_READ_ASSIGNED(Kind.STAFF),
    /** Read every client of the workspace. */
    CLIENTS_READ_ALL(Kind.STAFF),
    /** Invite clients, change their records, revoke their access (within the clients one can read). */
    CLIENTS_MANAGE(Kind.STAFF),
    /** Read the private coach notes of clients one can read. */
    CLIENT_NOTES_READ(Kind.STAFF),
    /** Write private coach notes about clients one can read. */
    CLIENT_NOTES_WRITE(Kind.STAFF),
    /** Read training programs and exercise libraries. */
    PROGRAMS_READ(Kind.STAFF),
    /** Create, change, delete and assign training programs. */
    PROGRAMS_MANAGE(Kind.STAFF),
    /** Read nutrition targets and plans of clients one can read. */
    NUTRITION_READ(Kind.STAFF),
    /** Set nutrition targets and plans. */
    NUTRITION_MANAGE(Kind.STAFF),
    /** Create, change and delete check-in forms and their schedules. */
    CHECKIN_FORMS_MANAGE(Kind.STAFF),
    /** Read check-ins (answers, metrics, progress photos) of clients one can read. */
    CHECKINS_READ_ASSIGNED(Kind.STAFF),
    /** Review check-ins: comment on them and mark them reviewed. */
    CHECKINS_REVIEW(Kind.STAFF),
    /** Read message threads with clients one can read. */
    MESSAGES_READ_ASSIGNED(Kind.STAFF),
    /** Send messages to clients one can read. */
    MESSAGES_SEND(Kind.STAFF),
    /** See billing: prices, client invoices and payments, payouts, the workspace's subscription. */
    BILLING_READ(Kind.STAFF),
    /** Change billing: prices, refunds, payout account, the workspace's subscription. */
    BILLING_MANAGE(Kind.OWNER),
    /** Read the workspace's audit log (who did what, including support access). */
    AUDIT_READ(Kind.STAFF),
    /** A client reading and managing their own record. */
    SELF_READ(Kind.SELF),
    /** A client logging workouts, submitting check-ins and updating their own profile. */
    SELF_WRITE(Kind.SELF),
    /** A client messaging their coach. */
    SELF_MESSAGES(Kind.SELF),
    /** A client exporting their own data. */
    SELF_EXPORT(Kind.SELF),
    /** A client leaving the workspace and deleting their own data. */
    SELF_DELETE(Kind.SELF),
    /** View the progress photos of clients one can read, except those a client hid from staff (docs/photos.md). */
    PHOTOS_VIEW(Kind.STAFF),
    /** A client uploading, viewing, comparing, hiding and deleting their own progress photos. */
    SELF_PHOTOS(Kind.SELF);

    /** Who a permission can belong to. */
    public enum Kind {
        /** Staff work; can be granted through a custom role. */
        STAFF,
        /** Reserved to the workspace owner; never part of a custom role. */
        OWNER,
        /** A client's access to their own data; never granted to staff. */
        SELF
    }

    private final Kind kind;

    Permission(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether an owner may put this permission into a custom staff role. */
    public boolean grantableToCustomRoles() {
        return kind == Kind.STAFF;
    }

    /** The name callers see ({@code "clients_read_assigned"}). */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses a wire name; raises IllegalArgumentException for an unknown one. */
    public static Permission parse(String text) {
        if (text != null) {
            for (Permission p : values()) {
                if (p.wireName().equals(text.strip().toLowerCase(java.util.Locale.ROOT))) {
                    return p;
                }
            }
        }
        throw new IllegalArgumentException("is not a known permission");
    }
}
