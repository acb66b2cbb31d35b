package org.madoguchi.notification.adapter.out.line;

import java.util.List;

import jakarta.inject.Inject;

import org.madoguchi.notification.MessagingStandIn;
import org.madoguchi.notification.StandInPorts;
import org.madoguchi.notification.application.port.out.MessagingChannel;
import org.madoguchi.notification.application.port.out.MessagingChannelContract;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The {@link MessagingChannelContract} held against {@link LineMessagingChannel} with a local HTTP server shaped
 * like the LINE push endpoint ({@link MessagingStandIn}): a user was shown what the server answered 200 to; a
 * repeated retry key is answered 409, which the adapter takes as delivered.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(StandInPorts.class)
class LineMessagingChannelTest extends MessagingChannelContract {

    @Inject
    MessagingChannel channel;

    @Inject
    MessagingStandIn line;

    @Override
    protected MessagingChannel channel() {
        return channel;
    }

    @Override
    protected List<String> shownTo(String userId) {
        return line.callsTo(userId).stream().filter(call -> call.answeredWith() == 200)
                .map(call -> call.body().at("/messages/0/text").asText()).toList();
    }

    @Override
    protected void refuseNext(String userId, int times) {
        line.failNext(userId, times);
    }
}
