/** Quarkus wiring of the gateway: routes, service addresses, security. */
package org.madoguchi.gateway.config;
