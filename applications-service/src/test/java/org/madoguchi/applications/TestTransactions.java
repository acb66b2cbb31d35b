package org.madoguchi.applications;

import jakarta.transaction.NotSupportedException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;

/**
 * One transaction per test, rolled back at its end: the contract tests of the real adapters share the
 * database with every other test, and this way leave nothing in it and see nothing of each other.
 */
public final class TestTransactions {

    private TestTransactions() {
    }

    /** Starts the test's transaction. */
    public static void begin(UserTransaction transaction) {
        try {
            transaction.begin();
        } catch (NotSupportedException | SystemException e) {
            throw new IllegalStateException("cannot start the test's transaction", e);
        }
    }

    /** Rolls the test's transaction back, also when a refused write marked it for rollback. */
    public static void rollBack(UserTransaction transaction) {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException e) {
            throw new IllegalStateException("cannot roll the test's transaction back", e);
        }
    }
}
