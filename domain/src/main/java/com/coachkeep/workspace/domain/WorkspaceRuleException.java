package com.coachkeep.workspace.domain;

import com.coachkeep.shared.domain.DomainRuleException;

/** A change to a workspace that its invariants forbid. */
public final class WorkspaceRuleException extends DomainRuleException {
    /** The rule (and problem type) of a change that needs a multi-factor sign-in first. */
    public static final String MFA_REQUIRED = "mfa-required";
    /** The rule (and problem type) of a deletion whose typed confirmation is not the workspace's name. */
    public static final String CONFIRMATION_MISMATCH = "confirmation-mismatch";

    /** Suspending a workspace that is suspended already. */
    public static final String ALREADY_SUSPENDED = "workspace-already-suspended";
    /** Restoring a workspace that is not suspended. */
    public static final String NOT_SUSPENDED = "workspace-not-suspended";
    /** The rule (and problem type) of a member's request in a suspended workspace. */
    public static final String SUSPENDED = "workspace-suspended";

    public WorkspaceRuleException(String code, String message) {
        super(code, message);
    }

    /** A change that needs a second factor, or a member's request in a suspended workspace, is forbidden; a wrong confirmation is invalid. */
    @Override
    public Category category() {
        return switch (code()) {
            case MFA_REQUIRED, SUSPENDED -> Category.FORBIDDEN;
            case CONFIRMATION_MISMATCH -> Category.INVALID;
            default -> Category.CONFLICT;
        };
    }
}
