/**
 * The front door: Quarkus's router in front of the services. Admission (route, rate limit, token), the header
 * rules, and a reverse proxy per route that streams bodies both ways ({@code vertx-http-proxy}) through each
 * service's circuit breaker; the ops event stream; the health page of the services. The proxy is one adapter on
 * purpose: it pipes the caller's connection into the service's, which a port into the core would only buffer.
 */
package org.madoguchi.gateway.adapter.in.http;
