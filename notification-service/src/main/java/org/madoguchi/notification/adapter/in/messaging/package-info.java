/** Kafka consumers; each deduplicates on the event id through the event inbox. */
package org.madoguchi.notification.adapter.in.messaging;
