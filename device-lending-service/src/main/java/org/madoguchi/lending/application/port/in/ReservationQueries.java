package org.madoguchi.lending.application.port.in;

import java.time.Instant;
import java.util.List;

import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.ReservationId;
import org.madoguchi.lending.domain.model.SiteCode;
import org.madoguchi.lending.domain.model.VisibleReservation;

/** What borrowers and desks read of bookings, each booking as the reader may see it. */
public interface ReservationQueries {

    /** A booking, for its borrower or a desk of its site. */
    VisibleReservation reservation(ReservationId id, Actor reader);

    /** The reader's own bookings, active ones or all; what they hold is among them. */
    List<VisibleReservation> reservationsOf(Actor reader, boolean activeOnly);

    /** Bookings of a site overlapping {@code [from, to)}, for its desk; the window spans the longest list at most. */
    List<VisibleReservation> reservationsAt(SiteCode siteCode, Instant from, Instant to, Actor desk);
}
