package org.madoguchi.lending.adapter.in.rest;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.madoguchi.lending.config.LendingConfig;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.Purpose;
import org.madoguchi.lending.domain.model.Reservation;
import org.madoguchi.lending.domain.model.SiteCode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** The iCalendar feed of a site's bookings, behind an address key derived from a server secret. */
@ApplicationScoped
class CalendarFeed {

    private static final Map<Purpose, String> PURPOSE = Map.of(Purpose.REMOTE_WORK, "リモートワーク", Purpose.TELEWORK, "テレワーク",
            Purpose.WORK_FROM_HOME, "在宅勤務", Purpose.FIELD_WORK, "現地作業", Purpose.MEETING, "会議",
            Purpose.DISASTER_RESPONSE, "災害対応", Purpose.OTHER, "その他");

    private final LendingConfig config;

    CalendarFeed(LendingConfig config) {
        this.config = config;
        if (config.feedSecret().startsWith("dev-only")) {
            Logger.getLogger(CalendarFeed.class).warn("madoguchi.lending.feed-secret has its development value: "
                    + "set MADOGUCHI_LENDING_FEED_SECRET, or anyone who reads the source can open every site's calendar feed");
        }
    }

    String url(SiteCode site) {
        return config.publicBaseUrl() + "/api/v1/lending/sites/" + site.value() + "/calendar.ics?key=" + key(site);
    }

    boolean validKey(SiteCode site, String key) {
        return key != null && MessageDigest.isEqual(key(site).getBytes(StandardCharsets.US_ASCII), key.getBytes(StandardCharsets.US_ASCII));
    }

    String write(SiteCode site, List<Reservation> reservations, Map<DeviceId, String> deviceNumbers) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Madoguchi//device-lending//JA");
        calendar.addName("モバイルPC予約 " + site.value());
        for (Reservation r : reservations) {
            VEvent event = new VEvent();
            event.setUid(r.id().value() + "@madoguchi");
            event.setDateStart(Date.from(r.period().start()));
            event.setDateEnd(Date.from(r.period().end()));
            String department = r.borrower().department() == null ? "" : "（" + r.borrower().department() + "）";
            event.setSummary(deviceNumbers.getOrDefault(r.deviceId(), "") + " " + PURPOSE.get(r.purpose()) + department);
            event.setStatus(r.needsApproval() ? Status.tentative() : Status.confirmed());
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
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
