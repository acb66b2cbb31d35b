package org.madoguchi.notification.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.madoguchi.notification.domain.model.ChannelFailure;
import org.madoguchi.notification.domain.model.DeliveryId;
import org.madoguchi.notification.domain.model.Language;
import org.madoguchi.notification.domain.model.Message;

/**
 * What {@link MessagingChannel} promises: a push shows the title and body to the user; pushes repeated for one
 * delivery (a retry after a lost answer) are shown once; a push the app refuses fails as a {@link ChannelFailure}
 * whose code names no user, and can be tried again. Held against the recording fake the use-case tests use and
 * against the LINE adapter with a local server shaped like the LINE push endpoint.
 */
public abstract class MessagingChannelContract {

    protected abstract MessagingChannel channel();

    /** The texts the user was shown so far, oldest first. */
    protected abstract List<String> shownTo(String userId);

    /** The app refuses the next {@code times} pushes to the user as unavailable. */
    protected abstract void refuseNext(String userId, int times);

    private static String user() {
        return "U" + UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void a_push_shows_the_title_and_the_body_to_the_user() {
        String user = user();

        channel().push(DeliveryId.random(), user, new Message(Language.JA, "予約が承認されました（端末 No.014）",
                "期間: 令和13年5月12日 9:30 〜 17:00"));

        assertThat(shownTo(user)).singleElement().satisfies(text -> assertThat(text)
                .startsWith("予約が承認されました（端末 No.014）").contains("期間: 令和13年5月12日 9:30 〜 17:00"));
    }

    @Test
    void pushes_repeated_for_one_delivery_are_shown_once_and_another_delivery_again() {
        String user = user();
        DeliveryId delivery = DeliveryId.random();
        Message message = new Message(Language.EN, "Return reminder", "Please return device No.014 by 17:00.");

        channel().push(delivery, user, message);
        channel().push(delivery, user, message);
        channel().push(DeliveryId.random(), user, message);

        assertThat(shownTo(user)).hasSize(2);
    }

    @Test
    void a_push_the_app_refuses_fails_with_a_code_that_names_no_user_and_goes_out_once_when_tried_again() {
        String user = user();
        DeliveryId delivery = DeliveryId.random();
        Message message = new Message(Language.JA, "題", "本文");
        refuseNext(user, 1);

        ChannelFailure failure = catchThrowableOfType(ChannelFailure.class, () -> channel().push(delivery, user, message));
        channel().push(delivery, user, message);

        assertThat(failure).isNotNull();
        assertThat(failure.code()).isEqualTo("http-503").doesNotContain(user);
        assertThat(failure.getMessage()).doesNotContain(user);
        assertThat(shownTo(user)).hasSize(1);
    }
}
