package com.coachkeep.infrastructure.rest.shared;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource whose requests each run in one transaction: identifying the caller, resolving their actor and the use
 * case (whose own {@code @Transactional} joins it), so a request costs one transaction and its tenant setting is sent
 * once. A request with an {@code Idempotency-Key} claims its key, runs its use case and remembers its response in the
 * same transaction (see {@link Idempotency}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequestTransaction {
}
