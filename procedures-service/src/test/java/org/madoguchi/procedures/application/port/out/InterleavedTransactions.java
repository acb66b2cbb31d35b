package org.madoguchi.procedures.application.port.out;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Just enough of JTA's registry to let the search index contract begin, commit and roll back
 * transactions on one thread, and let two of them interleave.
 */
public final class InterleavedTransactions implements TransactionSynchronizationRegistry {

    private Transaction current;

    /** Begins a transaction; it is the current one until it completes or another begins. */
    public Transaction begin() {
        current = new Transaction();
        return current;
    }

    /** A transaction that completes by {@link #commit()} or {@link #rollback()}. */
    public final class Transaction {

        private final Map<Object, Object> resources = new HashMap<>();
        private final List<Synchronization> synchronizations = new ArrayList<>();

        public void commit() {
            complete(Status.STATUS_COMMITTED);
        }

        public void rollback() {
            complete(Status.STATUS_ROLLEDBACK);
        }

        private void complete(int status) {
            current = null;
            synchronizations.forEach(s -> s.afterCompletion(status));
        }
    }

    @Override
    public Object getTransactionKey() {
        return current;
    }

    @Override
    public void putResource(Object key, Object value) {
        current.resources.put(key, value);
    }

    @Override
    public Object getResource(Object key) {
        return current.resources.get(key);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
        current.synchronizations.add(sync);
    }

    @Override
    public int getTransactionStatus() {
        return current == null ? Status.STATUS_NO_TRANSACTION : Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {
        throw new UnsupportedOperationException("the contract rolls back explicitly");
    }

    @Override
    public boolean getRollbackOnly() {
        return false;
    }
}
