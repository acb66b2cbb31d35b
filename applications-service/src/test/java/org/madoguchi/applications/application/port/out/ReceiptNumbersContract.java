package org.madoguchi.applications.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.domain.model.ReceiptNumber;
import org.madoguchi.platform.calendar.FiscalYear;

/**
 * What every {@link ReceiptNumbers} does: the numbers of a fiscal year start at 1 and increase by one, each year
 * counts on its own, and takers at once never get the same number. Each test takes the numbers of fiscal years
 * nobody else takes (between FY2090 and FY2117), so that a real sequence is fresh.
 */
public abstract class ReceiptNumbersContract {

    /** Fiscal years handed out to the tests of this run, from a random start, never twice. */
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(ThreadLocalRandom.current().nextInt(28));

    /** The numbers under test. */
    protected abstract ReceiptNumbers numbers();

    /** Runs the work as a submission takes its number: in the real service, inside the submission's transaction. */
    protected <T> T asSubmission(Supplier<T> work) {
        return work.get();
    }

    /** A fiscal year no other test of this run takes numbers of. */
    protected static FiscalYear freshYear() {
        return FiscalYear.of(2090 + Math.floorMod(NEXT_YEAR.getAndIncrement(), 28));
    }

    private ReceiptNumber next(FiscalYear year) {
        return asSubmission(() -> numbers().next(year));
    }

    @Test
    void the_numbers_of_a_new_fiscal_year_start_at_1_and_increase_by_one() {
        FiscalYear year = freshYear();

        List<ReceiptNumber> taken = List.of(next(year), next(year), next(year));

        assertThat(taken).containsExactly(new ReceiptNumber(year, 1), new ReceiptNumber(year, 2),
                new ReceiptNumber(year, 3));
    }

    @Test
    void each_fiscal_year_counts_on_its_own() {
        FiscalYear ending = freshYear();
        FiscalYear starting = freshYear();

        ReceiptNumber lastOfOld = next(ending);
        ReceiptNumber firstOfNew = next(starting);
        ReceiptNumber secondOfOld = next(ending);

        assertThat(lastOfOld).isEqualTo(new ReceiptNumber(ending, 1));
        assertThat(firstOfNew).isEqualTo(new ReceiptNumber(starting, 1));
        assertThat(secondOfOld).isEqualTo(new ReceiptNumber(ending, 2));
    }

    @Test
    void two_hundred_numbers_taken_by_eight_takers_at_once_are_the_numbers_1_to_200_each_once() throws Exception {
        FiscalYear year = freshYear();
        ExecutorService takers = Executors.newFixedThreadPool(8);
        List<Future<ReceiptNumber>> taking = new ArrayList<>();
        try {
            Callable<ReceiptNumber> take = () -> next(year);
            for (int i = 0; i < 200; i++) {
                taking.add(takers.submit(take));
            }
            List<Long> sequences = new ArrayList<>();
            for (Future<ReceiptNumber> number : taking) {
                ReceiptNumber taken = number.get(60, TimeUnit.SECONDS);
                assertThat(taken.fiscalYear()).isEqualTo(year);
                sequences.add(taken.sequence());
            }
            assertThat(sequences).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 200).boxed().toList());
        } finally {
            takers.shutdownNow();
        }
    }
}
