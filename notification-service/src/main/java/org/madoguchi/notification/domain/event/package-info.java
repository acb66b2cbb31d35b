/** Domain events of the Notifications context: past-tense records, plain Java. */
package org.madoguchi.notification.domain.event;
