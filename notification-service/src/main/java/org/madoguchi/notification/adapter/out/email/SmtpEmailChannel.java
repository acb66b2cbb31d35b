package org.madoguchi.notification.adapter.out.email;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;

import org.madoguchi.notification.application.port.out.EmailChannel;
import org.madoguchi.notification.config.NotificationConfig;
import org.madoguchi.notification.domain.model.ChannelFailure;
import org.madoguchi.notification.domain.model.DeliveryId;
import org.madoguchi.notification.domain.model.Message;

/**
 * Sends email through the SMTP server Quarkus Mailer is configured with ({@code quarkus.mailer.*}). A
 * non-urgent message carries a one-click unsubscribe link (RFC 8058): in its text, in {@code List-Unsubscribe},
 * and {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click}, so a mail client can unsubscribe with one POST.
 */
@ApplicationScoped
class SmtpEmailChannel implements EmailChannel {

    static final String UNSUBSCRIBE_PATH = "/api/v1/notifications/unsubscribe?token=";

    private final Mailer mailer;
    private final Template layout;
    private final NotificationConfig config;

    SmtpEmailChannel(Mailer mailer, Engine engine, NotificationConfig config) {
        this.mailer = mailer;
        this.layout = engine.getTemplate("email/message");
        this.config = config;
    }

    @Override
    public void send(DeliveryId delivery, String address, Message message, Optional<String> unsubscribeToken) {
        Optional<String> unsubscribe = unsubscribeToken.map(token -> config.publicBaseUrl() + UNSUBSCRIBE_PATH
                + URLEncoder.encode(token, StandardCharsets.US_ASCII));
        String text = layout.data("body", message.body()).data("en", message.language().name().equals("EN"))
                .data("unsubscribe", unsubscribe.orElse(null)).render().strip() + "\n";
        Mail mail = Mail.withText(address, message.title(), text)
                .addHeader("Message-ID", "<" + delivery + "@notification.madoguchi>")
                .addHeader("Content-Language", message.language().tag());
        unsubscribe.ifPresent(link -> mail.addHeader("List-Unsubscribe", "<" + link + ">")
                .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
        try {
            mailer.send(mail);
        } catch (RuntimeException refused) {
            throw new ChannelFailure("smtp", refused);
        }
    }
}
