package com.coachkeep.messaging.domain;

import com.coachkeep.shared.domain.DomainRuleException;

/** A change to a message that its rules refuse (editing another's message, or one past the edit window). */
public final class MessageRuleException extends DomainRuleException {
    public MessageRuleException(String code, String message) {
        super(code, message);
    }
}
