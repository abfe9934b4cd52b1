package com.coachkeep.shared.application;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One field of a partial update (JSON merge patch): absent means "leave unchanged"; present may carry
 * {@code null} where the field can be cleared.
 */
public final class Patch<T> {
    private static final Patch<?> ABSENT = new Patch<>(false, null);
    private final boolean present;
    private final T value;

    private Patch(boolean present, T value) {
        this.present = present;
        this.value = value;
    }

    @SuppressWarnings("unchecked")
    public static <T> Patch<T> absent() {
        return (Patch<T>) ABSENT;
    }

    public static <T> Patch<T> of(T value) {
        return new Patch<>(true, value);
    }

    public boolean isPresent() {
        return present;
    }

    public T value() {
        return value;
    }

    public void ifPresent(Consumer<T> action) {
        if (present) {
            action.accept(value);
        }
    }

    public T orElse(T fallback) {
        return present ? value : fallback;
    }

    public <R> Patch<R> map(Function<T, R> mapper) {
        return present ? Patch.of(value == null ? null : mapper.apply(value)) : absent();
    }
}
