/** The services the gateway routes to, named by capability. */
package org.madoguchi.gateway.application.port.out;
