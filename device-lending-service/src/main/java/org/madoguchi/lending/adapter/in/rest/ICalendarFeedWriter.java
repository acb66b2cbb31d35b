package org.madoguchi.lending.adapter.in.rest;

import java.text.MessageFormat;
import java.util.Date;
import java.util.Locale;
import java.util.ResourceBundle;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import org.madoguchi.lending.application.port.in.CalendarQueries;

/**
 * Writes a site's calendar feed as iCalendar: named after the site, one event per booking with the device,
 * the purpose and the borrower's department by name, never a person; its words from {@code DocumentMessages_ja}.
 */
final class ICalendarFeedWriter {

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("DocumentMessages", Locale.JAPANESE,
            ICalendarFeedWriter.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private ICalendarFeedWriter() {
    }

    static String write(CalendarQueries.SiteFeed feed) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Madoguchi//device-lending//JA");
        calendar.addName(text("feed.name", feed.site().nameJa()));
        for (CalendarQueries.FeedEntry entry : feed.entries()) {
            VEvent event = new VEvent();
            event.setUid(entry.id().value() + "@madoguchi");
            event.setDateStart(Date.from(entry.period().start()));
            event.setDateEnd(Date.from(entry.period().end()));
            String summary = text("feed.summary", entry.deviceNumber() == null ? "" : entry.deviceNumber().label(),
                    WORDS.getString("purpose." + entry.purpose().name()));
            event.setSummary(entry.department() == null ? summary : summary + text("feed.department", entry.department()));
            event.setStatus(entry.tentative() ? Status.tentative() : Status.confirmed());
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }

    private static String text(String key, Object... arguments) {
        return new MessageFormat(WORDS.getString(key), Locale.JAPANESE).format(arguments);
    }
}
