/** The event log the ops stream reads: every topic of the suite, through Kafka consumers of its own. */
package org.madoguchi.gateway.adapter.out.messaging;
