package org.madoguchi.notification.domain.model;

/** Why a device is booked, as device lending names it, with the words people read. */
public enum Purpose {
    REMOTE_WORK("リモートワーク", "Remote work"),
    TELEWORK("テレワーク", "Telework"),
    WORK_FROM_HOME("在宅勤務", "Work from home"),
    FIELD_WORK("現地作業", "Field work"),
    MEETING("会議", "Meeting"),
    DISASTER_RESPONSE("災害対応", "Disaster response"),
    OTHER("その他", "Other");

    private final BilingualLabel label;

    Purpose(String ja, String en) {
        this.label = new BilingualLabel(ja, en);
    }

    public BilingualLabel label() {
        return label;
    }

    /** The words of a purpose code; a code this service does not know yet reads as {@link #OTHER}. */
    public static BilingualLabel labelOf(String code) {
        for (Purpose purpose : values()) {
            if (purpose.name().equals(code)) {
                return purpose.label;
            }
        }
        return OTHER.label;
    }
}
