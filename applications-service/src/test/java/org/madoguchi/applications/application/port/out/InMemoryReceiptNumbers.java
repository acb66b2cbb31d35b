package org.madoguchi.applications.application.port.out;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.madoguchi.applications.domain.model.ReceiptNumber;
import org.madoguchi.platform.calendar.FiscalYear;

/** {@link ReceiptNumbers} in memory, one counter per fiscal year, held to {@link ReceiptNumbersContract}. */
public final class InMemoryReceiptNumbers implements ReceiptNumbers {

    private final Map<FiscalYear, AtomicLong> counters = new ConcurrentHashMap<>();

    @Override
    public ReceiptNumber next(FiscalYear year) {
        return new ReceiptNumber(year, counters.computeIfAbsent(year, y -> new AtomicLong()).incrementAndGet());
    }

    /** How many numbers of the year have been given. */
    public long given(FiscalYear year) {
        AtomicLong counter = counters.get(year);
        return counter == null ? 0 : counter.get();
    }
}
