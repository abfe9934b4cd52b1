package com.coachkeep.workspace.domain;

import com.coachkeep.shared.domain.DomainRuleException;

/** A change to a membership that its invariants forbid. */
public final class MembershipRuleException extends DomainRuleException {
    public MembershipRuleException(String code, String message) {
        super(code, message);
    }
}
