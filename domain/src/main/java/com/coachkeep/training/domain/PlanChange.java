package com.coachkeep.training.domain;

/**
 * One line of the difference a template change makes to a client's copy: where in the plan, and what happens
 * there. {@link Kind#KEPT_ADJUSTMENT} marks a place the template changed but the client's copy had been adjusted
 * by the coach: the client's version stays, and the coach sees that it did.
 */
public record PlanChange(Kind kind, String where) {
    public enum Kind { ADDED, REMOVED, CHANGED, KEPT_ADJUSTMENT }
}
