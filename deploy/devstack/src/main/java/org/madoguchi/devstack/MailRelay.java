package org.madoguchi.devstack;

/** The SMTP server notification-service sends through, and where a person reads what it received. */
public interface MailRelay extends AutoCloseable {

    String smtpHost();

    int smtpPort();

    /** GreenMail's REST API, to read the mailboxes (e.g. {@code http://127.0.0.1:18025}). */
    String apiUrl();

    @Override
    void close();
}
