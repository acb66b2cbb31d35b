package org.madoguchi.notification.application.port.out;

import java.util.List;

/** The {@link EmailChannelContract} held against {@link RecordingChannels}, the email channel of the use-case tests. */
class RecordingEmailChannelTest extends EmailChannelContract {

    private final RecordingChannels channels = new RecordingChannels();

    @Override
    protected EmailChannel channel() {
        return channels;
    }

    @Override
    protected List<Received> receivedBy(String address, int expected) {
        return channels.emails.stream().filter(sent -> sent.address().equals(address))
                .map(sent -> new Received(sent.message().title(), sent.message().body(), sent.message().language(),
                        sent.unsubscribeToken()))
                .toList();
    }
}
