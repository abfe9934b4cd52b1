package com.coachkeep.shared.domain;

import java.util.List;

/** Input that fails validation; lists every invalid field, not only the first. */
public class InvalidInputException extends Refusal.Invalid {
    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("validation", "invalid input: " + violations);
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
