package org.madoguchi.notification.application.port.in;

/** The signed token an unsubscribe link carries. */
public record UnsubscribeCommand(String token) {
}
