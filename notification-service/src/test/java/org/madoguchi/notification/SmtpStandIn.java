package org.madoguchi.notification;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.runtime.Startup;

/** A real SMTP server (GreenMail) on the port the service sends to, started with the application in tests. */
@Startup
@ApplicationScoped
public class SmtpStandIn {

    private final int port;
    private GreenMail greenMail;

    SmtpStandIn(@ConfigProperty(name = "madoguchi.test.smtp-port") int port) {
        this.port = port;
    }

    @PostConstruct
    void start() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    @PreDestroy
    void stop() {
        greenMail.stop();
    }

    /** Every message received for the address so far. */
    public List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getRecipients(RecipientType.TO);
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
