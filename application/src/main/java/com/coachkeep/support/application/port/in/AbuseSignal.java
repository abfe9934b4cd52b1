package com.coachkeep.support.application.port.in;

import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.support.domain.AbuseFlag;

/**
 * What the API's edge saw when a rate limit refused a request: which limit, whom it counts (an internal person or
 * workspace id, or a client address) and the operation (method and path template).
 */
public record AbuseSignal(String limit, AbuseFlag.SubjectKind subjectKind, String subject, String operation) {
    public AbuseSignal {
        if (limit == null || limit.isBlank() || limit.length() > 40) {
            throw InvalidInputException.of("limit", "a limit's name of at most 40 characters is required");
        }
        if (subjectKind == null || subject == null || subject.isBlank() || subject.length() > 100) {
            throw InvalidInputException.of("subject", "a subject of at most 100 characters is required");
        }
        operation = operation == null || operation.isBlank() ? "?" : operation.length() > 300 ? operation.substring(0, 300) : operation;
    }
}
