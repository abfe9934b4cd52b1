package com.coachkeep.workspace.domain;

import com.coachkeep.shared.domain.DomainRuleException;

/** An invitation that cannot be accepted (used, expired, or meant for someone else). */
public final class InvitationRejectedException extends DomainRuleException {
    /** The invitation was sent to another address, or the caller's email is not verified: not theirs to accept. */
    public static final String EMAIL_MISMATCH = "invitation-email-mismatch";

    public InvitationRejectedException(String code, String message) {
        super(code, message);
    }

    /** Someone else's invitation is forbidden; a used or expired one is a conflict with its state. */
    @Override
    public Category category() {
        return EMAIL_MISMATCH.equals(code()) ? Category.FORBIDDEN : Category.CONFLICT;
    }
}
