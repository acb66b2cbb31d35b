package org.madoguchi.lending.domain.model;

import java.time.Duration;
import java.util.List;

import org.madoguchi.platform.failure.DomainFailure;
import org.madoguchi.platform.failure.Violation;

/**
 * A list or report asked for over a longer window than the policy allows; the argument is the longest in
 * days, the field the window's end ({@code to}).
 */
public class WindowTooLong extends DomainFailure {

    private static final long serialVersionUID = 1L;

    private static final String CODE = "window-too-long";

    public WindowTooLong(Duration longest) {
        super(Kind.INVALID, CODE, List.of(longest.toDays()), List.of(Violation.of("to", CODE, longest.toDays())));
    }
}
