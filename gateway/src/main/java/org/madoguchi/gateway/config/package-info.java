/** Quarkus wiring of the gateway: the route table, the services' addresses, public paths, rate limits. */
package org.madoguchi.gateway.config;
