package org.madoguchi.notification.adapter.out.email;

import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.madoguchi.notification.SmtpStandIn;
import org.madoguchi.notification.StandInPorts;
import org.madoguchi.notification.application.port.out.EmailChannel;
import org.madoguchi.notification.application.port.out.EmailChannelContract;
import org.madoguchi.notification.domain.model.Language;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The {@link EmailChannelContract} held against {@link SmtpEmailChannel} with a real SMTP server (GreenMail): what
 * a mail client reads is the subject, the text, {@code Content-Language} and the token of the RFC 8058
 * {@code List-Unsubscribe} link, offered only with {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click}.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(StandInPorts.class)
class SmtpEmailChannelTest extends EmailChannelContract {

    private static final String LINK = "<http://localhost:8084" + SmtpEmailChannel.UNSUBSCRIBE_PATH;

    @Inject
    EmailChannel channel;

    @Inject
    SmtpStandIn smtp;

    @Override
    protected EmailChannel channel() {
        return channel;
    }

    @Override
    protected List<Received> receivedBy(String address, int expected) {
        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.receivedBy(address).size() >= expected);
        return smtp.receivedBy(address).stream().map(SmtpEmailChannelTest::received).toList();
    }

    private static Received received(MimeMessage mail) {
        try {
            Optional<String> token = Optional.ofNullable(mail.getHeader("List-Unsubscribe"))
                    .map(values -> values[0])
                    .filter(link -> link.startsWith(LINK) && link.endsWith(">"))
                    .filter(link -> "List-Unsubscribe=One-Click".equals(first(mail, "List-Unsubscribe-Post")))
                    .map(link -> URLDecoder.decode(link.substring(LINK.length(), link.length() - 1), StandardCharsets.US_ASCII));
            return new Received(mail.getSubject(), mail.getContent().toString(),
                    Language.ofTag(first(mail, "Content-Language")).orElse(null), token);
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String first(MimeMessage mail, String header) {
        try {
            String[] values = mail.getHeader(header);
            return values == null ? null : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
