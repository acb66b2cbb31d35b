package org.madoguchi.notification.domain.model;

/** A way a notification reaches a person. */
public enum Channel {
    /** アプリ内通知: the inbox of the web and mobile front-ends; every notification lands there. */
    INBOX(new BilingualLabel("アプリ内通知", "In-app inbox")),
    /** メール. */
    EMAIL(new BilingualLabel("メール", "Email")),
    /** The city's official messaging-app account (LINE), by push message. */
    MESSAGING(new BilingualLabel("LINE", "Messaging app"));

    private final BilingualLabel label;

    Channel(BilingualLabel label) {
        this.label = label;
    }

    public BilingualLabel label() {
        return label;
    }
}
