/** Aggregates and value objects of the Notifications context: plain Java, no framework. */
package org.madoguchi.notification.domain.model;
