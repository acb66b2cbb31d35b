package org.madoguchi.gateway.domain.model;

import java.util.Objects;

/** What the front door decides about one request before any of it reaches a service. */
public sealed interface Admission {

    /** The request goes on to the route's service. */
    record Forward(Route route, Consumption consumption) implements Admission {
        public Forward {
            Objects.requireNonNull(route, "route");
            Objects.requireNonNull(consumption, "consumption");
        }
    }

    /** No service answers this path. */
    record NoRoute() implements Admission {
    }

    /** The path is not public and the caller showed no valid token. */
    record SignInRequired() implements Admission {
    }

    /** The caller has used up its rate limit for now. */
    record Limited(Consumption consumption) implements Admission {
        public Limited {
            Objects.requireNonNull(consumption, "consumption");
        }
    }
}
