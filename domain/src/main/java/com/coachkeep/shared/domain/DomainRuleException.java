package com.coachkeep.shared.domain;

/**
 * An expected rejection by a domain rule (the request is understood but conflicts with the state of things).
 * The code is stable and becomes part of the problem type callers can react to.
 */
public abstract class DomainRuleException extends RuntimeException {
    private final String code;

    protected DomainRuleException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
