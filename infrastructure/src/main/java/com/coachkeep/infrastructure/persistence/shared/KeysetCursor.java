package com.coachkeep.infrastructure.persistence.shared;

import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Page;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Opaque list cursors: the sort key and id of the last item of a page, base64url-encoded. A cursor that was not
 * produced here is rejected as invalid input, never passed into SQL.
 */
public record KeysetCursor(String key, UUID id) {
    private static final char SEPARATOR = '\u001f';

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((key + SEPARATOR + id).getBytes(StandardCharsets.UTF_8));
    }

    public static KeysetCursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int at = raw.lastIndexOf(SEPARATOR);
            return new KeysetCursor(raw.substring(0, at), UUID.fromString(raw.substring(at + 1)));
        } catch (RuntimeException e) {
            throw InvalidInputException.of("cursor", "is not a cursor returned by this list");
        }
    }

    /** The sort key read as a timestamp, for lists ordered by creation time; anything else is invalid input. */
    public java.time.OffsetDateTime timeKey() {
        try {
            return java.time.OffsetDateTime.parse(key);
        } catch (RuntimeException e) {
            throw InvalidInputException.of("cursor", "is not a cursor returned by this list");
        }
    }

    /**
     * Builds a page from {@code rows} fetched with {@code limit + 1}: the extra row only tells that another page
     * exists, and the cursor points after the last row returned.
     */
    public static <E, T> Page<T> page(List<E> rows, int limit, Function<E, KeysetCursor> cursorOf, Function<E, T> mapper) {
        boolean more = rows.size() > limit;
        List<E> items = more ? rows.subList(0, limit) : rows;
        String next = more ? cursorOf.apply(items.get(items.size() - 1)).encode() : null;
        return new Page<>(items.stream().map(mapper).toList(), next);
    }
}
