/** What front-ends ask of the gateway, as use-case interfaces. */
package org.madoguchi.gateway.application.port.in;
