package com.coachkeep.support.domain;

import com.coachkeep.shared.domain.DomainRuleException;

/** A support grant cannot do what was asked in its current state (approve one's own grant, use an expired one …). */
public final class SupportGrantRuleException extends DomainRuleException {
    public static final String SELF_APPROVAL = "grant-self-approval";
    public static final String NOT_PENDING = "grant-not-pending";
    public static final String NOT_ACTIVE = "grant-not-active";
    public static final String SCOPE_NOT_GRANTED = "grant-scope-not-covered";
    public static final String NOT_HOLDER = "grant-not-holder";

    public SupportGrantRuleException(String code, String message) {
        super(code, message);
    }
}
