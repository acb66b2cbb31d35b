package org.madoguchi.notification.adapter.out.links;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.madoguchi.notification.application.port.out.UnsubscribeLinks;
import org.madoguchi.notification.config.NotificationConfig;
import org.madoguchi.notification.domain.model.InvalidUnsubscribeLink;
import org.madoguchi.notification.domain.model.NotificationKind;
import org.madoguchi.notification.domain.model.UnsubscribeToken;

/**
 * Unsubscribe tokens signed with HMAC-SHA256 and {@code madoguchi.notification.unsubscribe-secret}:
 * {@code base64url(KIND:subject).base64url(mac)}. Rotating the secret voids every link sent before.
 */
@ApplicationScoped
public class HmacUnsubscribeLinks implements UnsubscribeLinks {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    @Inject
    HmacUnsubscribeLinks(NotificationConfig config) {
        this(config.unsubscribeSecret());
    }

    /** Links signed with this secret (at least 16 characters). */
    public HmacUnsubscribeLinks(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the unsubscribe secret has at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    @Override
    public String sign(UnsubscribeToken token) {
        String payload = ENCODER.encodeToString((token.kind().name() + ":" + token.subject()).getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(mac(payload));
    }

    @Override
    public UnsubscribeToken verify(String signed) {
        int dot = signed == null ? -1 : signed.indexOf('.');
        if (dot <= 0) {
            throw new InvalidUnsubscribeLink();
        }
        String payload = signed.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(DECODER.decode(signed.substring(dot + 1)), mac(payload))) {
                throw new InvalidUnsubscribeLink();
            }
            String text = new String(DECODER.decode(payload), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return new UnsubscribeToken(text.substring(colon + 1), NotificationKind.valueOf(text.substring(0, colon)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new InvalidUnsubscribeLink();
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
