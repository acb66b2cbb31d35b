package org.madoguchi.devstack;

import java.time.Duration;

/**
 * A broker that can be stopped and started again on the same ports and log directory, so that a restart finds the
 * same topics and records: the embedded ones ({@link KafkaBroker}, a process of its own; {@link InProcessKafkaBroker},
 * in this JVM). A container's broker is not one: its port changes with each start.
 */
public interface RestartableBroker extends Broker {

    /** Starts the broker and waits until it serves clients; does nothing if it is running. */
    void start(Duration timeout);

    /** Stops the broker cleanly; its log directory and ports stay for a later {@link #start}. */
    void stop();

    boolean isRunning();
}
