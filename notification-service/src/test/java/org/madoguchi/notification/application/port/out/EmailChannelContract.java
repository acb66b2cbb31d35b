package org.madoguchi.notification.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.madoguchi.notification.domain.model.ChannelFailure;
import org.madoguchi.notification.domain.model.DeliveryId;
import org.madoguchi.notification.domain.model.Language;
import org.madoguchi.notification.domain.model.Message;

/**
 * What {@link EmailChannel} promises: a message reaches its address with its title, body and language; a
 * non-urgent one offers one-click unsubscribe with its token, an urgent one none; an address that cannot take mail
 * fails as a {@link ChannelFailure} whose code names no address. Held against the recording fake the use-case tests
 * use and against the SMTP adapter with a real SMTP server.
 */
public abstract class EmailChannelContract {

    /** One message as its recipient received it. */
    public record Received(String title, String text, Language language, Optional<String> unsubscribeToken) {
    }

    protected abstract EmailChannel channel();

    /** What reached the address so far, oldest first (waiting for what was sent, where the channel is remote). */
    protected abstract List<Received> receivedBy(String address, int expected);

    private static String address() {
        return "p-" + UUID.randomUUID().toString().substring(0, 8) + "@city.example.jp";
    }

    @Test
    void a_message_reaches_its_address_with_its_title_body_and_language() {
        String to = address();
        Message message = new Message(Language.EN, "Your booking was approved (device No.014)",
                "Period: 12 May 2031, 09:30 to 12 May 2031, 17:00");

        channel().send(DeliveryId.random(), to, message, Optional.empty());

        assertThat(receivedBy(to, 1)).singleElement().satisfies(mail -> {
            assertThat(mail.title()).isEqualTo(message.title());
            assertThat(mail.text()).contains(message.body());
            assertThat(mail.language()).isEqualTo(Language.EN);
        });
    }

    @Test
    void a_non_urgent_message_offers_one_click_unsubscribe_with_its_token_and_an_urgent_one_offers_none() {
        String to = address();
        String token = "c3ViamVjdC0x.UkVTRVJWQVRJT05fQ09ORklSTUVE-_x";

        channel().send(DeliveryId.random(), to, new Message(Language.JA, "予約が確定しました", "期間: 令和13年5月12日"),
                Optional.of(token));
        channel().send(DeliveryId.random(), to, new Message(Language.JA, "【至急】端末の紛失", "報告日時: 令和13年5月12日"),
                Optional.empty());

        List<Received> mails = receivedBy(to, 2);
        assertThat(mails).extracting(Received::title).containsExactly("予約が確定しました", "【至急】端末の紛失");
        assertThat(mails.get(0).unsubscribeToken()).contains(token);
        assertThat(mails.get(1).unsubscribeToken()).isEmpty();
    }

    @Test
    void an_address_that_cannot_take_mail_fails_with_a_code_that_names_no_address() {
        String malformed = "no-mailbox " + UUID.randomUUID().toString().substring(0, 8) + ".city.example.jp";

        ChannelFailure failure = catchThrowableOfType(ChannelFailure.class, () -> channel().send(DeliveryId.random(),
                malformed, new Message(Language.JA, "題", "本文"), Optional.empty()));

        assertThat(failure).isNotNull();
        assertThat(failure.code()).isEqualTo("smtp");
        assertThat(failure.getMessage()).doesNotContain(malformed);
    }
}
