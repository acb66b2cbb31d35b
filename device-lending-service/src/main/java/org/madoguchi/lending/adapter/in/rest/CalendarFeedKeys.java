package org.madoguchi.lending.adapter.in.rest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.madoguchi.lending.config.LendingConfig;
import org.madoguchi.lending.domain.model.SiteCode;

/**
 * The addresses of the sites' calendar feeds. Calendar apps cannot sign in, so an address carries a key, an
 * HMAC of the site with {@code madoguchi.lending.feed-secret}; rotating the secret revokes every address.
 */
@ApplicationScoped
class CalendarFeedKeys {

    private final LendingConfig config;

    CalendarFeedKeys(LendingConfig config) {
        this.config = config;
        if (config.feedSecret().startsWith("dev-only")) {
            Logger.getLogger(CalendarFeedKeys.class).warn("madoguchi.lending.feed-secret has its development value: "
                    + "set MADOGUCHI_LENDING_FEED_SECRET, or anyone who reads the source can open every site's calendar feed");
        }
    }

    /** The feed's address of the site, with its key. */
    String url(SiteCode site) {
        return config.publicBaseUrl() + "/api/v1/lending/sites/" + site.value() + "/calendar.ics?key=" + key(site);
    }

    /** Whether {@code key} is the site's key, compared in constant time. */
    boolean validKey(SiteCode site, String key) {
        return key != null && MessageDigest.isEqual(key(site).getBytes(StandardCharsets.US_ASCII),
                key.getBytes(StandardCharsets.US_ASCII));
    }

    private String key(SiteCode site) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.feedSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("calendar-feed:" + site.value()).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
