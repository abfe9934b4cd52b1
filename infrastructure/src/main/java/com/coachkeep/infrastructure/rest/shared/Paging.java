package com.coachkeep.infrastructure.rest.shared;

import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.PageRequest;

/** Reads {@code ?limit=} and {@code ?cursor=} the same way on every list. */
public final class Paging {
    private Paging() {
    }

    public static PageRequest of(String limit, String cursor) {
        int n = PageRequest.DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                n = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("limit", "must be a whole number between 1 and " + PageRequest.MAX_LIMIT);
            }
        }
        return new PageRequest(n, cursor == null || cursor.isEmpty() ? null : cursor);
    }
}
