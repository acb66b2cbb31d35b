package org.madoguchi.gateway.application.port.out;

import org.madoguchi.gateway.domain.model.ClientKey;
import org.madoguchi.gateway.domain.model.Consumption;
import org.madoguchi.gateway.domain.model.RateLimit;

/**
 * The callers' rate-limit buckets, shared by every gateway instance: takes one request from a caller's bucket,
 * creating it full on first use. Blocking.
 */
public interface RateLimits {

    Consumption consume(ClientKey caller, RateLimit limit);
}
