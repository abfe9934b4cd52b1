package com.coachkeep.infrastructure.rest.shared;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Transactional;

/**
 * Runs a resource method in one JTA transaction ({@link RequestTransaction}); a runtime exception rolls it back, as a
 * use case's own would, and reaches the problem mappers unchanged.
 */
@RequestTransaction
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class RequestTransactionInterceptor {
    @Inject
    Transactions transactions;

    @AroundInvoke
    public Object around(InvocationContext invocation) throws Exception {
        return transactions.required(invocation);
    }

    /** The container's {@code @Transactional} semantics (begin, join, roll back on runtime exceptions), reused. */
    @ApplicationScoped
    public static class Transactions {
        @Transactional
        public Object required(InvocationContext invocation) throws Exception {
            return invocation.proceed();
        }
    }
}
