package org.madoguchi.procedures.domain.model;

/** What a form (様式) is for: many forms serve procedures, others are not procedures at all. */
public enum FormKind {
    /** 手続き: the form of one or more administrative procedures. */
    PROCEDURE("手続き", "Procedure"),
    /** アンケート: a survey. */
    SURVEY("アンケート", "Survey"),
    /** イベント申込: an event sign-up. */
    EVENT("イベント申込", "Event sign-up"),
    /** キャンペーン: a campaign. */
    CAMPAIGN("キャンペーン", "Campaign");

    private final BilingualLabel label;

    FormKind(String ja, String en) {
        this.label = new BilingualLabel(ja, en);
    }

    /** The kind in Japanese and English. */
    public BilingualLabel label() {
        return label;
    }
}
