/** Messaging adapter: maps domain events to contract events and appends them to the outbox. */
package org.madoguchi.procedures.adapter.out.messaging;
