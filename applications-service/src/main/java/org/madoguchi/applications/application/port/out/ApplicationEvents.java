package org.madoguchi.applications.application.port.out;

import org.madoguchi.applications.domain.event.ApplicationEvent;

/** Tells other contexts what happened to applications, in the transaction of the change (outbox). */
public interface ApplicationEvents {

    void publish(ApplicationEvent event);
}
