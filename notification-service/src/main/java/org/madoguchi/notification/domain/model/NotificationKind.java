package org.madoguchi.notification.domain.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a notification is about. Urgent kinds (a lost device, disaster mode) always reach the inbox and email,
 * whatever the person chose, and the messaging app even in quiet hours.
 */
public enum NotificationKind {
    APPLICATION_RECEIVED(false, "申請を受け付けました", "Application received"),
    APPLICATION_STATUS_CHANGED(false, "申請の状況が変わりました", "Application status changed"),
    APPLICATION_RETURNED(false, "申請が差し戻されました", "Application returned for correction"),
    APPLICATION_WITHDRAWN(false, "申請が取り下げられました", "Application withdrawn"),
    RESERVATION_AWAITING_APPROVAL(false, "承認待ちの予約があります", "A booking awaits approval"),
    RESERVATION_CONFIRMED(false, "予約が確定しました", "Booking confirmed"),
    RESERVATION_APPROVED(false, "予約が承認されました", "Booking approved"),
    RESERVATION_DECLINED(false, "予約が承認されませんでした", "Booking declined"),
    RESERVATION_CANCELLED(false, "予約が取り消されました", "Booking cancelled"),
    RESERVATION_PREEMPTED(true, "災害対応のため予約が取り消されました", "Booking cancelled for disaster response"),
    DEVICE_RECALLED(true, "端末の返却をお願いします（災害モード）", "Please bring the device back (disaster mode)"),
    DEVICE_LOST(true, "端末の紛失が報告されました", "A device was reported lost"),
    INCIDENT_REPORT_REQUIRED(false, "顛末書の提出をお願いします", "A written report is required"),
    RESERVATION_OVERDUE(false, "返却期限を過ぎています", "A device is overdue"),
    RETURN_REMINDER(false, "返却期限が近づいています", "Return due soon"),
    HAND_OVER_TODAY(false, "本日貸出予定の端末があります", "A device to hand over today"),
    FORM_PUBLISHED(false, "様式が公開されました", "A form was published"),
    ANNOUNCEMENT(false, "お知らせ", "Announcement");

    private final boolean urgent;
    private final BilingualLabel label;

    NotificationKind(boolean urgent, String ja, String en) {
        this.urgent = urgent;
        this.label = new BilingualLabel(ja, en);
    }

    /** Whether it always reaches the inbox and email, and the messaging app even in quiet hours. */
    public boolean urgent() {
        return urgent;
    }

    public BilingualLabel label() {
        return label;
    }

    /** The channels a person gets a kind on until they choose: the inbox and email; announcements in the inbox only. */
    public Set<Channel> defaultChannels() {
        return this == ANNOUNCEMENT ? EnumSet.of(Channel.INBOX) : EnumSet.of(Channel.INBOX, Channel.EMAIL);
    }
}
