package com.coachkeep.testing.fakes;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** A CDI event that calls its observers at once, in the firing thread, like the container's synchronous observers. */
public final class SynchronousEvent<T> implements Event<T> {
    private final List<Consumer<? super T>> observers = new ArrayList<>();

    public SynchronousEvent<T> observedBy(Consumer<? super T> observer) {
        observers.add(observer);
        return this;
    }

    @Override
    public void fire(T event) {
        observers.forEach(o -> o.accept(event));
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
        throw new UnsupportedOperationException("asynchronous events are not used");
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        throw new UnsupportedOperationException("asynchronous events are not used");
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
        throw new UnsupportedOperationException("qualifiers are not used");
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("qualifiers are not used");
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("qualifiers are not used");
    }
}
