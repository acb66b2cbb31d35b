package org.madoguchi.lending.application.port.in;

/** Marks overdue every handed-over booking whose end has passed without a return. */
public interface DetectOverdueUseCase {

    /** Returns how many bookings became overdue. */
    int detectOverdue();
}
