/** REST adapter: JAX-RS resources under /api/v1, request and response records, role checks. */
package org.madoguchi.procedures.adapter.in.rest;
