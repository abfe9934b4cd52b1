package com.coachkeep.infrastructure.rest.shared;

import com.coachkeep.shared.domain.Page;
import java.util.List;
import java.util.function.Function;

/** A page of a list: the items and the cursor of the next page, {@code null} on the last one. */
@jakarta.json.bind.annotation.JsonbNillable
public record PageResponse<T>(List<T> items, String nextCursor) {
    public static <V, T> PageResponse<T> of(Page<V> page, Function<V, T> mapper) {
        return new PageResponse<>(page.items().stream().map(mapper).toList(), page.nextCursor());
    }
}
