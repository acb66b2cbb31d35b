/** Calls to the services behind the gateway, forwarding the caller's token. */
package org.madoguchi.gateway.adapter.out.http;
