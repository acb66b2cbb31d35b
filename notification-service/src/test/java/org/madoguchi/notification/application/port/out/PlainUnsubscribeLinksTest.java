package org.madoguchi.notification.application.port.out;

/** The {@link UnsubscribeLinksContract} held against {@link PlainUnsubscribeLinks}. */
class PlainUnsubscribeLinksTest extends UnsubscribeLinksContract {

    @Override
    protected UnsubscribeLinks links() {
        return new PlainUnsubscribeLinks();
    }
}
