package org.madoguchi.gateway.application.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import org.madoguchi.gateway.application.port.in.AdmitRequestCommand;
import org.madoguchi.gateway.application.port.in.AdmitRequestUseCase;
import org.madoguchi.gateway.application.port.out.RateLimits;
import org.madoguchi.gateway.domain.model.Admission;
import org.madoguchi.gateway.domain.model.Consumption;
import org.madoguchi.gateway.domain.model.PublicPaths;
import org.madoguchi.gateway.domain.model.RateLimitPolicy;
import org.madoguchi.gateway.domain.model.Route;
import org.madoguchi.gateway.domain.model.RouteTable;

/**
 * The front door's rules, in order: an unknown path is refused before it costs anything; then the caller's rate
 * limit is taken (a signed-in caller's by subject, anyone else's by address, so that guessing tokens is limited
 * too); then a private path needs a valid token. When the limits' store is down, requests pass unlimited.
 */
@ApplicationScoped
class AdmitRequestService implements AdmitRequestUseCase {

    private static final Logger LOG = Logger.getLogger(AdmitRequestService.class);

    private final RouteTable routes;
    private final PublicPaths publicPaths;
    private final RateLimitPolicy limits;
    private final RateLimits buckets;

    AdmitRequestService(RouteTable routes, PublicPaths publicPaths, RateLimitPolicy limits, RateLimits buckets) {
        this.routes = routes;
        this.publicPaths = publicPaths;
        this.limits = limits;
        this.buckets = buckets;
    }

    @Override
    public Admission admit(AdmitRequestCommand command) {
        Route route = routes.routeFor(command.path()).orElse(null);
        if (route == null) {
            return new Admission.NoRoute();
        }
        Consumption consumption = limits.enabled() ? consume(command) : Consumption.granted(Long.MAX_VALUE);
        if (!consumption.granted()) {
            return new Admission.Limited(consumption);
        }
        if (!command.caller().signedIn() && !publicPaths.admitsAnonymous(command.method(), command.path())) {
            return new Admission.SignInRequired();
        }
        return new Admission.Forward(route, consumption);
    }

    /** The limits protect the services; when their store cannot be reached, requests pass rather than fail. */
    private Consumption consume(AdmitRequestCommand command) {
        try {
            return buckets.consume(command.caller(), limits.limitFor(command.caller()));
        } catch (RuntimeException unavailable) {
            LOG.warnf("Rate limits cannot be read, so this request passes unlimited: %s", unavailable.toString());
            return Consumption.granted(0);
        }
    }
}
