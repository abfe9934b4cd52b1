package com.coachkeep.support.domain;

import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A support agent's time-limited, read-only access to one workspace's content (P-INT-1), for a written reason and a
 * support ticket.
 *
 * <p>Lifecycle: requested → {@code ACTIVE} at once for an ordinary scope; for a {@linkplain GrantScope#sensitive()
 * sensitive} one, requested → {@code PENDING} until a second member of staff (never the requester) approves it, which
 * starts it, or {@value #APPROVAL_WINDOW_HOURS} hours pass and the request lapses. An active grant ends by itself after
 * its duration ({@code EXPIRED}), or earlier when revoked ({@code REVOKED}). Whether it is in force is decided from the
 * clock on every use, never from a stored flag alone.
 *
 * <p>Invariants: the duration is 1 to {@value #MAX_MINUTES} minutes; a reason and a ticket are always given; only the
 * requester views content under it; every view is counted.
 */
public final class SupportGrant {
    public static final int MAX_MINUTES = 60;
    public static final int APPROVAL_WINDOW_HOURS = 24;

    /** What is stored; the status seen from outside also depends on the clock ({@link #status(Instant)}). */
    public enum State { PENDING, ACTIVE, REVOKED }

    /** The grant as of a moment. */
    public enum Status {
        PENDING, LAPSED, ACTIVE, EXPIRED, REVOKED;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final SupportGrantId id;
    private final WorkspaceId workspaceId;
    private final String requestedBy;
    private final InternalRole requesterRole;
    private final GrantScope scope;
    private final String reason;
    private final String ticket;
    private final int minutes;
    private final Instant requestedAt;
    private State state;
    private String approvedBy;
    private Instant approvedAt;
    private Instant startsAt;
    private Instant endsAt;
    private String revokedBy;
    private Instant revokedAt;
    private String revokeReason;
    private long views;

    public SupportGrant(SupportGrantId id, WorkspaceId workspaceId, String requestedBy, InternalRole requesterRole, GrantScope scope,
            String reason, String ticket, int minutes, Instant requestedAt, State state, String approvedBy, Instant approvedAt,
            Instant startsAt, Instant endsAt, String revokedBy, Instant revokedAt, String revokeReason, long views) {
        this.id = Objects.requireNonNull(id);
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.requesterRole = Objects.requireNonNull(requesterRole);
        this.scope = Objects.requireNonNull(scope);
        this.reason = Objects.requireNonNull(reason);
        this.ticket = Objects.requireNonNull(ticket);
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("a grant lasts 1 to " + MAX_MINUTES + " minutes");
        }
        this.minutes = minutes;
        this.requestedAt = Objects.requireNonNull(requestedAt);
        this.state = Objects.requireNonNull(state);
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.revokedBy = revokedBy;
        this.revokedAt = revokedAt;
        this.revokeReason = revokeReason;
        this.views = views;
    }

    /**
     * A new grant. It starts at once unless its scope is sensitive; then it waits for approval.
     *
     * @param minutes how long it lasts once started, at most {@value #MAX_MINUTES}
     */
    public static SupportGrant request(WorkspaceId workspaceId, String staffId, InternalRole role, GrantScope scope, String reason,
            String ticket, int minutes, Instant now) {
        SupportGrant g = new SupportGrant(SupportGrantId.random(), workspaceId, staffId, role, scope, reason, ticket, minutes, now,
                State.PENDING, null, null, null, null, null, null, null, 0);
        if (!scope.sensitive()) {
            g.start(now);
        }
        return g;
    }

    /** A second member of staff approves a pending grant, which starts it now for its full duration. */
    public void approve(String approverStaffId, Instant now) {
        Objects.requireNonNull(approverStaffId);
        if (approverStaffId.equals(requestedBy)) {
            throw new SupportGrantRuleException(SupportGrantRuleException.SELF_APPROVAL,
                    "A grant must be approved by someone other than the person who asked for it.");
        }
        if (status(now) != Status.PENDING) {
            throw new SupportGrantRuleException(SupportGrantRuleException.NOT_PENDING,
                    "Only a pending grant can be approved; this one is " + status(now).wireName() + ".");
        }
        approvedBy = approverStaffId;
        approvedAt = now;
        start(now);
    }

    private void start(Instant now) {
        state = State.ACTIVE;
        startsAt = now;
        endsAt = now.plus(Duration.ofMinutes(minutes));
    }

    /** Ends a pending or active grant at once. A grant already over stays as it ended. */
    public void revoke(String staffId, String why, Instant now) {
        Status s = status(now);
        if (s != Status.PENDING && s != Status.ACTIVE) {
            throw new SupportGrantRuleException(SupportGrantRuleException.NOT_ACTIVE,
                    "The grant is already " + s.wireName() + ".");
        }
        state = State.REVOKED;
        revokedBy = Objects.requireNonNull(staffId);
        revokedAt = now;
        revokeReason = why;
        if (endsAt != null && endsAt.isAfter(now)) {
            endsAt = now;
        }
    }

    public Status status(Instant now) {
        return switch (state) {
            case REVOKED -> Status.REVOKED;
            case PENDING -> now.isBefore(requestedAt.plus(Duration.ofHours(APPROVAL_WINDOW_HOURS))) ? Status.PENDING : Status.LAPSED;
            case ACTIVE -> now.isBefore(endsAt) && !now.isBefore(startsAt) ? Status.ACTIVE : Status.EXPIRED;
        };
    }

    /**
     * Checks that {@code staffId} may see {@code wanted} under this grant now, and counts the view. Raises a
     * {@link SupportGrantRuleException} otherwise: someone else's grant, a grant not (or no longer) in force, or a
     * scope it does not cover.
     */
    public void view(String staffId, GrantScope wanted, Instant now) {
        if (!requestedBy.equals(staffId)) {
            throw new SupportGrantRuleException(SupportGrantRuleException.NOT_HOLDER, "Content is shown only to the holder of the grant.");
        }
        Status s = status(now);
        if (s != Status.ACTIVE) {
            throw new SupportGrantRuleException(SupportGrantRuleException.NOT_ACTIVE, "The grant is " + s.wireName() + ", not active.");
        }
        if (!scope.covers(wanted)) {
            throw new SupportGrantRuleException(SupportGrantRuleException.SCOPE_NOT_GRANTED,
                    "The grant covers " + scope.wireName() + ", not " + wanted.wireName() + ".");
        }
        views++;
    }

    public SupportGrantId id() { return id; }
    public WorkspaceId workspaceId() { return workspaceId; }
    public String requestedBy() { return requestedBy; }
    public InternalRole requesterRole() { return requesterRole; }
    public GrantScope scope() { return scope; }
    public String reason() { return reason; }
    public String ticket() { return ticket; }
    public int minutes() { return minutes; }
    public Instant requestedAt() { return requestedAt; }
    public State state() { return state; }
    public String approvedBy() { return approvedBy; }
    public Instant approvedAt() { return approvedAt; }
    public Instant startsAt() { return startsAt; }
    public Instant endsAt() { return endsAt; }
    public String revokedBy() { return revokedBy; }
    public Instant revokedAt() { return revokedAt; }
    public String revokeReason() { return revokeReason; }
    public long views() { return views; }
}
