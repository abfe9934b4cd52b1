package com.coachkeep.shared.domain;

/**
 * An expected rejection by a domain rule (the request is understood but conflicts with the state of things): a
 * {@linkplain Category#CONFLICT conflict}, unless the rule's type says which of its rules are another category (a
 * rule of who may do something is {@linkplain Category#FORBIDDEN forbidden}). The code is stable and is the problem
 * type callers can react to.
 */
public abstract class DomainRuleException extends Refusal {
    protected DomainRuleException(String code, String message) {
        super(code, message);
    }

    @Override
    public Category category() {
        return Category.CONFLICT;
    }
}
