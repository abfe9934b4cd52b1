package com.coachkeep.shared.domain;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the cursor of the next page, or {@code null} when this is the last one. */
public record Page<T>(List<T> items, String nextCursor) {
    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
