package com.coachkeep.shared.domain;

/**
 * A request for one page of a keyset-paginated list. The cursor is opaque to callers; each list decides
 * what it encodes (the sort key of the last item returned).
 */
public record PageRequest(int limit, String cursor) {
    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (cursor != null && (cursor.isBlank() || cursor.length() > 512)) {
            throw InvalidInputException.of("cursor", "is not a cursor returned by this list");
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }
}
