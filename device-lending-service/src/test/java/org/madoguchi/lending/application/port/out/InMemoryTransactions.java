package org.madoguchi.lending.application.port.out;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.madoguchi.lending.domain.model.ConcurrentChange;
import org.madoguchi.lending.domain.model.Identifier;

/**
 * The fakes' stand-in for transactions and optimistic versions: a unit of work remembers the version of each
 * record it read or wrote, and changing a record that another unit of work changed since fails with
 * {@link ConcurrentChange}, as the real adapters' {@code @Version} columns make it fail. Outside a unit of work
 * (the use-case tests) nothing is checked. Nothing is rolled back.
 */
public final class InMemoryTransactions {

    private final Map<Identifier, Long> versions = new HashMap<>();
    private final Deque<Map<Identifier, Long>> open = new ArrayDeque<>();

    /** Runs the work as one unit of work, nested in the current one like a transaction that requires a new one. */
    public <T> T inTransaction(Supplier<T> work) {
        open.push(new HashMap<>());
        try {
            return work.get();
        } finally {
            open.pop();
        }
    }

    void added(Identifier id) {
        versions.put(id, 0L);
        seen(id);
    }

    <T> T read(Identifier id, T record) {
        seen(id);
        return record;
    }

    /** Counts a change of the record; throws {@link ConcurrentChange} if it changed since this unit of work read it. */
    void changed(Identifier id) {
        long current = versions.getOrDefault(id, 0L);
        Map<Identifier, Long> unit = open.peek();
        if (unit != null) {
            Long seen = unit.get(id);
            if (seen != null && seen != current) {
                throw new ConcurrentChange();
            }
            unit.put(id, current + 1);
        }
        versions.put(id, current + 1);
    }

    private void seen(Identifier id) {
        Map<Identifier, Long> unit = open.peek();
        if (unit != null) {
            unit.putIfAbsent(id, versions.getOrDefault(id, 0L));
        }
    }
}
