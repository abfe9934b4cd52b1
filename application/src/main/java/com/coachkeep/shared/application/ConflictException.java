package com.coachkeep.shared.application;

import com.coachkeep.shared.domain.DomainRuleException;

/** The request is valid but clashes with what is stored (for example, inviting someone who is already staff). */
public final class ConflictException extends DomainRuleException {
    public ConflictException(String code, String message) {
        super(code, message);
    }
}
