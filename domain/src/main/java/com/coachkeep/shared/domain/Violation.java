package com.coachkeep.shared.domain;

/** One invalid field of an input: the field's name (as the caller sent it) and what is wrong with it. */
public record Violation(String field, String message) {
}
