package org.madoguchi.lending.domain.model;

/** Why a booking was cancelled. */
public enum CancellationReason {
    BY_BORROWER, BY_LENDING_DESK, DISASTER_PREEMPTION
}
