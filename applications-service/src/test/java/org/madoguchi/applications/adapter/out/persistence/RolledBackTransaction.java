package org.madoguchi.applications.adapter.out.persistence;

import jakarta.transaction.NotSupportedException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;

/**
 * One transaction per contract test of a real adapter, rolled back at its end: the tests share the database
 * with every other test, and this way leave nothing in it and see nothing of each other's.
 */
final class RolledBackTransaction {

    private RolledBackTransaction() {
    }

    static void begin(UserTransaction transaction) {
        try {
            transaction.begin();
        } catch (NotSupportedException | SystemException e) {
            throw new IllegalStateException("cannot start the test's transaction", e);
        }
    }

    static void rollBack(UserTransaction transaction) {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException e) {
            throw new IllegalStateException("cannot roll the test's transaction back", e);
        }
    }
}
