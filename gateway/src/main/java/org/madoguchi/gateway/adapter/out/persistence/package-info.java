/** The gateway's own database: the callers' rate-limit buckets (Bucket4j on PostgreSQL). */
package org.madoguchi.gateway.adapter.out.persistence;
