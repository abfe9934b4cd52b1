package com.coachkeep.privacy.domain;

import com.coachkeep.shared.domain.DomainRuleException;

/** Data cannot be written for a subject whose key was destroyed: that subject's data is erased for good. */
public class SubjectErasedException extends DomainRuleException {
    public SubjectErasedException(DataSubject subject) {
        super("subject-erased", "The data of this " + subject.kind().name().toLowerCase(java.util.Locale.ROOT)
                + " has been erased; nothing more can be stored for it.");
    }
}
