/**
 * Kafka consumers. A consumer whose effect is not idempotent deduplicates on the event id through the
 * event inbox; the search-index consumer only re-reads the current state and needs none.
 */
package org.madoguchi.procedures.adapter.in.messaging;
