package org.madoguchi.benchmarks.bookings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The booking requests of one burst: {@code requests} bookings of one day, spread evenly over the devices, each
 * starting on a half hour between 08:00 and 16:00 in the city's zone and lasting half an hour to four hours, so that
 * most of one device's requests overlap one another. The same seed gives the same requests.
 */
final class BookingPlan {

    /** The city's zone, whose calendar day the service decides same-day use by. */
    static final ZoneId CITY = ZoneId.of("Asia/Tokyo");

    private static final LocalTime FIRST_START = LocalTime.of(8, 0);
    private static final int START_SLOTS = 17;
    private static final int LONGEST_HALF_HOURS = 8;

    /** One request: the device (by its index in the plan's devices and its id) and the half-open period. */
    record Booking(int device, UUID deviceId, Instant start, Instant end) {

        boolean overlaps(Booking other) {
            return start.isBefore(other.end) && other.start.isBefore(end);
        }
    }

    private final LocalDate day;
    private final List<Booking> bookings;

    private BookingPlan(LocalDate day, List<Booking> bookings) {
        this.day = day;
        this.bookings = List.copyOf(bookings);
    }

    static BookingPlan of(List<UUID> devices, int requests, LocalDate day, long seed) {
        Random random = new Random(seed ^ day.toEpochDay());
        Instant first = day.atTime(FIRST_START).atZone(CITY).toInstant();
        List<Booking> bookings = new ArrayList<>(requests);
        for (int i = 0; i < requests; i++) {
            int device = i % devices.size();
            Instant start = first.plus(Duration.ofMinutes(30L * random.nextInt(START_SLOTS)));
            Instant end = start.plus(Duration.ofMinutes(30L * (1 + random.nextInt(LONGEST_HALF_HOURS))));
            bookings.add(new Booking(device, devices.get(device), start, end));
        }
        return new BookingPlan(day, bookings);
    }

    LocalDate day() {
        return day;
    }

    List<Booking> bookings() {
        return bookings;
    }

    /**
     * The most of these requests any order of arrival could have accepted: per device, the largest set of periods
     * that do not overlap (earliest end first is optimal for intervals).
     */
    int mostAcceptable() {
        int most = 0;
        int devices = bookings.stream().mapToInt(Booking::device).max().orElse(-1) + 1;
        for (int d = 0; d < devices; d++) {
            int device = d;
            List<Booking> ofDevice = bookings.stream().filter(b -> b.device() == device)
                    .sorted(Comparator.comparing(Booking::end)).toList();
            Instant free = Instant.MIN;
            for (Booking booking : ofDevice) {
                if (!booking.start().isBefore(free)) {
                    most++;
                    free = booking.end();
                }
            }
        }
        return most;
    }

    /** How many pairs of this plan's requests for one device overlap: what the service has to refuse between them. */
    long overlappingRequestPairs() {
        long pairs = 0;
        for (int i = 0; i < bookings.size(); i++) {
            for (int j = i + 1; j < bookings.size(); j++) {
                Booking a = bookings.get(i);
                Booking b = bookings.get(j);
                if (a.device() == b.device() && a.overlaps(b)) {
                    pairs++;
                }
            }
        }
        return pairs;
    }
}
