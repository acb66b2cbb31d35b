package org.madoguchi.devstack;

/**
 * A call of the sample city's loader that did not get the answer it needed: the message names the call, the user,
 * the HTTP status and the problem detail the service answered with.
 */
public final class SampleCityFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SampleCityFailure(String message) {
        super(message);
    }

    SampleCityFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
