package com.coachkeep.testing.fakes;

import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Keyset pagination over an in-memory list, the way the database adapters page: each item has a sort key
 * (a string whose natural order is the list order), and the cursor is the key of the last item returned.
 */
final class Keyset {
    private Keyset() {
    }

    static <T> Page<T> ascending(Stream<T> items, Function<T, String> key, PageRequest page) {
        return page(items, key, false, page);
    }

    static <T> Page<T> descending(Stream<T> items, Function<T, String> key, PageRequest page) {
        return page(items, key, true, page);
    }

    /** A sort key for an instant that orders as the instant does. */
    static String instantKey(Instant at) {
        return String.format("%012d.%09d", at.getEpochSecond(), at.getNano());
    }

    private static <T> Page<T> page(Stream<T> items, Function<T, String> key, boolean descending, PageRequest page) {
        Comparator<String> order = descending ? Comparator.<String>reverseOrder() : Comparator.<String>naturalOrder();
        String after = page.cursor() == null ? null : decode(page.cursor());
        List<T> rest = items
                .filter(item -> after == null || order.compare(key.apply(item), after) > 0)
                .sorted(Comparator.comparing(key, order))
                .toList();
        List<T> items0 = rest.subList(0, Math.min(page.limit(), rest.size()));
        String next = rest.size() > page.limit() ? encode(key.apply(items0.get(items0.size() - 1))) : null;
        return new Page<>(items0, next);
    }

    private static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("cursor", "is not a cursor returned by this list");
        }
    }
}
