package com.coachkeep.shared.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects violations while a command or value is built, so that the caller learns about every invalid
 * field at once. Typical use: {@code var v = new Validator(); x = v.check("name", raw, Name::new); v.throwIfInvalid();}
 */
public final class Validator {
    private final List<Violation> violations = new ArrayList<>();

    /** Converts {@code raw} with {@code parser}; records the parser's complaint under {@code field} instead of throwing. */
    public <R, T> T check(String field, R raw, Function<R, T> parser) {
        try {
            return parser.apply(raw);
        } catch (InvalidInputException e) {
            e.violations().forEach(x -> violations.add(new Violation(prefixed(field, x.field()), x.message())));
            return null;
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field, e.getMessage()));
            return null;
        }
    }

    public Validator require(boolean condition, String field, String message) {
        if (!condition) {
            violations.add(new Violation(field, message));
        }
        return this;
    }

    public void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static String prefixed(String field, String inner) {
        if (inner == null || inner.isEmpty() || inner.equals(field)) {
            return field;
        }
        return field + "." + inner;
    }
}
