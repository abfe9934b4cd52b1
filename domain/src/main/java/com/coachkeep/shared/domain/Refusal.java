package com.coachkeep.shared.domain;

/**
 * An expected refusal: the request was understood and is refused for a reason the caller can act on. Its
 * {@linkplain Category category} is a property of its type (the category types below, or a rule exception that says
 * which of its rules fall in which), and decides how every adapter answers it: the REST API's status, the console's
 * words. Its {@code code} is stable and names the problem type callers react to (docs/api/problems.md).
 */
public abstract class Refusal extends RuntimeException {
    /** What kind of refusal it is; the REST API answers each with one status. */
    public enum Category {
        /** Nothing there, or nothing the caller may see: 404. */
        NOT_FOUND,
        /** Not allowed for this caller, or not in this state of their sign-in or workspace: 403. */
        FORBIDDEN,
        /** Clashes with what is stored now: 409. */
        CONFLICT,
        /** Understood, but not valid as given (a confirmation that does not match): 422; invalid fields are 400. */
        INVALID,
        /** Based on a version that is no longer current: 412. */
        PRECONDITION_FAILED,
        /** Needs a paid plan or a settled payment first: 402. */
        PAYMENT_REQUIRED,
        /** Asked too often; may be asked again later: 429. */
        RATE_LIMITED
    }

    private final String code;

    protected Refusal(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** The stable code of the refusal, which is also its problem type ({@code https://coachkeep.app/problems/<code>}). */
    public String code() {
        return code;
    }

    public abstract Category category();

    /** A refusal of something that does not exist or is not visible to the caller. */
    public abstract static class NotFound extends Refusal {
        protected NotFound(String code, String message) {
            super(code, message);
        }

        @Override
        public final Category category() {
            return Category.NOT_FOUND;
        }
    }

    /** A refusal of something the caller may not do. */
    public abstract static class Forbidden extends Refusal {
        protected Forbidden(String code, String message) {
            super(code, message);
        }

        @Override
        public final Category category() {
            return Category.FORBIDDEN;
        }
    }

    /** A refusal of input that is not valid. */
    public abstract static class Invalid extends Refusal {
        protected Invalid(String code, String message) {
            super(code, message);
        }

        @Override
        public final Category category() {
            return Category.INVALID;
        }
    }

    /** A refusal of a change based on a version that is no longer current. */
    public abstract static class PreconditionFailed extends Refusal {
        protected PreconditionFailed(String code, String message) {
            super(code, message);
        }

        @Override
        public final Category category() {
            return Category.PRECONDITION_FAILED;
        }
    }

    /** A refusal until something is paid for. */
    public abstract static class PaymentRequired extends Refusal {
        protected PaymentRequired(String code, String message) {
            super(code, message);
        }

        @Override
        public final Category category() {
            return Category.PAYMENT_REQUIRED;
        }
    }

    /** A refusal of asking too often. */
    public abstract static class RateLimited extends Refusal {
        protected RateLimited(String code, String message) {
            super(code, message);
        }

        @Override
        public final Category category() {
            return Category.RATE_LIMITED;
        }
    }
}
