package com.coachkeep.workspace.domain;

import com.coachkeep.shared.domain.DomainRuleException;

/** A change to a workspace that its invariants forbid. */
public final class WorkspaceRuleException extends DomainRuleException {
    /** The rule (and problem type) of a change that needs a multi-factor sign-in first. */
    public static final String MFA_REQUIRED = "mfa-required";
    /** The rule (and problem type) of a deletion whose typed confirmation is not the workspace's name. */
    public static final String CONFIRMATION_MISMATCH = "confirmation-mismatch";

    public WorkspaceRuleException(String code, String message) {
        super(code, message);
    }
}
