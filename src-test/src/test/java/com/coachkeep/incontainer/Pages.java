package com.coachkeep.incontainer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.domain.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads a keyset-paginated list to its end (in the container). */
final class Pages {
    private Pages() {
    }

    /**
     * Follows the cursors from the first page to the last, each page in a transaction of its own, and returns the
     * key of every item in the order listed. Fails on an empty page behind a cursor and on a cursor loop.
     */
    static <T> List<Object> walk(Function<String, Page<T>> pageAfter, Function<T, Object> key) {
        List<Object> keys = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 1000; pages++) {
            String after = cursor;
            Page<T> page = Tx.call(() -> pageAfter.apply(after));
            assertTrue(!page.items().isEmpty() || after == null, "a cursor led to an empty page");
            page.items().forEach(item -> keys.add(key.apply(item)));
            cursor = page.nextCursor();
            if (cursor == null) {
                return keys;
            }
        }
        throw new AssertionError("the cursors never reached a last page");
    }
}
