package org.madoguchi.notification.application.port.in;

import java.util.List;

import org.madoguchi.notification.domain.model.Actor;
import org.madoguchi.notification.domain.model.Announcement;

/** The announcement feeds: public (everyone, citizens), staff (everyone, staff, the reader's department), and all for 情報政策課. */
public interface AnnouncementQueries {

    List<Announcement> publicFeed();

    List<Announcement> staffFeed(Actor actor);

    /** Every recent announcement, drafts and withdrawn ones too, for 情報政策課. */
    List<Announcement> all(Actor actor);
}
