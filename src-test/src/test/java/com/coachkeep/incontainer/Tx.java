package com.coachkeep.incontainer;

import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Runs test code in a JTA transaction of its own (in the container), committing when it returns and rolling
 * back when it throws, which it then rethrows unchanged.
 */
final class Tx {
    private final UserTransaction transaction;

    private Tx(UserTransaction transaction) {
        this.transaction = transaction;
    }

    /** The container's UserTransaction; look it up on a container thread, then use it on any thread. */
    static Tx lookup() {
        try {
            return new Tx(InitialContext.doLookup("java:comp/UserTransaction"));
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T call(Work<T> work) {
        return lookup().inTransaction(work);
    }

    static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    <T> T inTransaction(Work<T> work) {
        try {
            transaction.begin();
        } catch (Exception e) {
            throw new IllegalStateException("could not begin a transaction", e);
        }
        T result;
        try {
            result = work.call();
        } catch (RuntimeException | Error e) {
            rollback();
            throw e;
        } catch (Exception e) {
            rollback();
            throw new IllegalStateException(e);
        }
        try {
            transaction.commit();
        } catch (Exception e) {
            throw new IllegalStateException("commit failed", e);
        }
        return result;
    }

    UserTransaction userTransaction() {
        return transaction;
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            throw new IllegalStateException("rollback failed", e);
        }
    }

    @FunctionalInterface
    interface Work<T> {
        T call() throws Exception;
    }
}
