/** Kafka consumers; each deduplicates on the event id through the event inbox. */
package org.madoguchi.lending.adapter.in.messaging;
