package com.coachkeep.workspace.domain;

import com.coachkeep.shared.domain.DomainRuleException;

/** An invitation that cannot be accepted (used, expired, or meant for someone else). */
public final class InvitationRejectedException extends DomainRuleException {
    public InvitationRejectedException(String code, String message) {
        super(code, message);
    }
}
