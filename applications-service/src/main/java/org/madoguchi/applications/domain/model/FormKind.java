package org.madoguchi.applications.domain.model;

/** What a form is for, as procedures-service names it. */
public enum FormKind {
    /** 手続: the e-application of an administrative procedure. */
    PROCEDURE,
    /** アンケート: a survey. */
    SURVEY,
    /** イベント申込: an event sign-up. */
    EVENT,
    /** キャンペーン: a campaign. */
    CAMPAIGN
}
