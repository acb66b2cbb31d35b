package org.madoguchi.notification.application.port.in;

/**
 * Sends the email and messaging-app deliveries that are due: new ones, retries after their backoff and those
 * held for the quiet hours once they end. A delivery that fails its last try is marked failed and reported.
 */
public interface DispatchDeliveriesUseCase {

    /** Returns how many deliveries were tried. */
    int dispatchDue();
}
