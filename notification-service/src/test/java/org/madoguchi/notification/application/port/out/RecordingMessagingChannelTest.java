package org.madoguchi.notification.application.port.out;

import java.util.List;

/**
 * The {@link MessagingChannelContract} held against {@link RecordingChannels}, the messaging channel of the
 * use-case tests.
 */
class RecordingMessagingChannelTest extends MessagingChannelContract {

    private final RecordingChannels channels = new RecordingChannels();

    @Override
    protected MessagingChannel channel() {
        return channels;
    }

    @Override
    protected List<String> shownTo(String userId) {
        return channels.pushes.stream().filter(sent -> sent.address().equals(userId))
                .map(sent -> sent.message().title() + "\n\n" + sent.message().body()).toList();
    }

    @Override
    protected void refuseNext(String userId, int times) {
        channels.failNextPushes(times);
    }
}
