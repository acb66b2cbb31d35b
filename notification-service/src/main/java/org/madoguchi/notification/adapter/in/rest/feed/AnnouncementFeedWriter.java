package org.madoguchi.notification.adapter.in.rest.feed;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.madoguchi.notification.domain.model.Announcement;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

/**
 * Writes the public announcements as a feed: {@link #RSS} (RSS 2.0) or {@link #ATOM} (Atom 1.0), in Japanese,
 * each entry with its period's start as its date and {@code urn:uuid:<id>} as its identity. The words of the
 * feed come from {@code FeedMessages_ja.properties}.
 */
public final class AnnouncementFeedWriter {

    public static final String RSS = "rss_2.0";
    public static final String ATOM = "atom_1.0";

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("FeedMessages", Locale.JAPANESE);

    private AnnouncementFeedWriter() {
    }

    /** The feed of the announcements, of the given type, published at {@code selfUrl}. */
    public static String write(String type, List<Announcement> announcements, String selfUrl, Date updated) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle(WORDS.getString("feed.title"));
        feed.setDescription(WORDS.getString("feed.description"));
        feed.setAuthor(WORDS.getString("feed.author"));
        feed.setLanguage("ja");
        feed.setLink(selfUrl);
        feed.setUri(selfUrl);
        feed.setPublishedDate(updated);
        List<SyndEntry> entries = new ArrayList<>();
        for (Announcement a : announcements) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(a.title());
            entry.setLink(selfUrl + "#" + a.id());
            entry.setUri("urn:uuid:" + a.id());
            entry.setPublishedDate(Date.from(a.from()));
            entry.setUpdatedDate(Date.from(a.publishedAt() != null && a.publishedAt().isAfter(a.from()) ? a.publishedAt() : a.from()));
            entry.setAuthor(WORDS.getString("feed.author"));
            SyndContent description = new SyndContentImpl();
            description.setType("text/plain");
            description.setValue(a.body());
            entry.setDescription(description);
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write the announcement feed", e);
        }
    }
}
