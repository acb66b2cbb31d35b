package org.madoguchi.notification.config;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of notifications; the defaults are the city's. */
@ConfigMapping(prefix = "madoguchi.notification")
public interface NotificationConfig {

    /** The city's time zone: quiet hours, reminders and the dates in messages are read in it. */
    @WithDefault("Asia/Tokyo")
    ZoneId timeZone();

    /** The address people reach this service at: unsubscribe links point there. */
    @WithDefault("http://localhost:8084")
    String publicBaseUrl();

    /** Secret unsubscribe links are signed with; rotate it to void every link sent before. */
    String unsubscribeSecret();

    QuietHours quietHours();

    Reminders reminders();

    Delivery delivery();

    Messaging messaging();

    Announcements announcements();

    Inbox inbox();

    /** 夜間: no messaging-app push in these hours (held until they end), except urgent kinds. */
    interface QuietHours {
        @WithDefault("22:00")
        LocalTime from();

        @WithDefault("07:00")
        LocalTime until();
    }

    interface Reminders {
        /** How long before a booking ends its borrower is reminded. */
        @WithDefault("PT1H")
        Duration returnLead();

        /** When, on the day a booking starts, the site's desk is reminded of the hand-over. */
        @WithDefault("08:30")
        LocalTime deskMorning();

        /** How often due reminders are looked for ({@code off} to disable). */
        @WithDefault("30s")
        String check();
    }

    interface Delivery {
        /** Tries of a failing channel before the delivery is failed. */
        @WithDefault("5")
        int maxAttempts();

        /** Wait before the first retry; doubles per try. */
        @WithDefault("PT30S")
        Duration initialBackoff();

        @WithDefault("PT30M")
        Duration maxBackoff();

        /** How often due deliveries are looked for besides the wake-up after each commit ({@code off} to disable). */
        @WithDefault("5s")
        String interval();
    }

    /** The messaging-app channel, shaped on the LINE Messaging API push endpoint. */
    interface Messaging {
        @WithDefault("https://api.line.me")
        String baseUrl();

        /** The channel access token; without one no push is tried (each fails as {@code not-configured}). */
        Optional<String> channelAccessToken();

        @WithDefault("PT5S")
        Duration timeout();
    }

    interface Announcements {
        /** How often published announcements whose period began are fanned out ({@code off} to disable). */
        @WithDefault("30s")
        String fanOutCheck();
    }

    interface Inbox {
        /** How often the live inbox stream looks for new items. */
        @WithDefault("PT1S")
        Duration streamPoll();

        /**
         * How often a quiet live stream sends a comment line, so that proxies and load balancers, which close idle
         * connections, keep it open (and a client learns of a broken connection).
         */
        @WithDefault("PT20S")
        Duration streamHeartbeat();
    }
}
