/** The one REST entry for the web and mobile front-ends: the /api/v1 paths of every service. */
package org.madoguchi.gateway.adapter.in.rest;
