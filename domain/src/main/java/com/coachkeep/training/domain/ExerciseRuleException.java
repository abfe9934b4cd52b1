package com.coachkeep.training.domain;

import com.coachkeep.shared.domain.DomainRuleException;

/** A change to the exercise library that its rules refuse (editing a merged exercise, merging one into itself). */
public final class ExerciseRuleException extends DomainRuleException {
    public ExerciseRuleException(String code, String message) {
        super(code, message);
    }
}
