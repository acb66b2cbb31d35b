package org.madoguchi.notification.adapter.out.line;

import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

import org.madoguchi.notification.application.port.out.MessagingChannel;
import org.madoguchi.notification.config.NotificationConfig;
import org.madoguchi.notification.domain.model.ChannelFailure;
import org.madoguchi.notification.domain.model.DeliveryId;
import org.madoguchi.notification.domain.model.Message;

/**
 * Pushes to the city's messaging-app account at {@code madoguchi.notification.messaging.base-url} with its
 * channel access token. The delivery id is the retry key, so a push repeated after a lost answer is shown once;
 * the 409 the API answers to such a repeat counts as delivered.
 */
@ApplicationScoped
class LineMessagingChannel implements MessagingChannel {

    private static final int CONFLICT = 409;

    private final NotificationConfig.Messaging config;
    private final LinePushApi api;

    LineMessagingChannel(NotificationConfig config) {
        this.config = config.messaging();
        long timeout = this.config.timeout().toMillis();
        this.api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(this.config.baseUrl()))
                .connectTimeout(timeout, TimeUnit.MILLISECONDS)
                .readTimeout(timeout, TimeUnit.MILLISECONDS)
                .build(LinePushApi.class);
    }

    @Override
    public void push(DeliveryId delivery, String userId, Message message) {
        String token = config.channelAccessToken().orElseThrow(() -> new ChannelFailure("not-configured", null));
        try {
            api.push("Bearer " + token, delivery.value().toString(), new LinePushApi.PushRequest(userId,
                    List.of(LinePushApi.TextMessage.of(message.title() + "\n\n" + message.body()))));
        } catch (WebApplicationException refused) {
            int status = refused.getResponse().getStatus();
            if (status != CONFLICT) {
                throw new ChannelFailure("http-" + status, refused);
            }
        } catch (ProcessingException unreachable) {
            throw new ChannelFailure("unreachable", unreachable);
        }
    }
}
