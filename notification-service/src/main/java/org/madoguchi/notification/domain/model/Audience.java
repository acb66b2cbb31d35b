package org.madoguchi.notification.domain.model;

/** Whom an announcement (お知らせ) is for. */
public enum Audience {
    EVERYONE("すべての方", "Everyone"),
    CITIZENS("市民の方", "Citizens"),
    STAFF("職員", "Staff"),
    /** The staff of one department. */
    DEPARTMENT("所属職員", "Department staff");

    private final BilingualLabel label;

    Audience(String ja, String en) {
        this.label = new BilingualLabel(ja, en);
    }

    public BilingualLabel label() {
        return label;
    }

    /** Whether citizens, and anyone reading the public feed, see it. */
    public boolean reachesThePublic() {
        return this == EVERYONE || this == CITIZENS;
    }
}
