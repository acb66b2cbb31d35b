package org.madoguchi.notification.domain.model;

/** Where an application (申請) stands in its department's workflow, with the words applicants read. */
public enum ApplicationStatus {
    SUBMITTED("申請済み", "Submitted"),
    RECEIVED("受付", "Received"),
    UNDER_REVIEW("審査中", "Under review"),
    RETURNED("差戻し", "Returned for correction"),
    COMPLETED("完了", "Completed"),
    REJECTED("却下", "Rejected"),
    WITHDRAWN("取下げ", "Withdrawn");

    private final BilingualLabel label;

    ApplicationStatus(String ja, String en) {
        this.label = new BilingualLabel(ja, en);
    }

    public BilingualLabel label() {
        return label;
    }

    /** The words of a status code; an unknown code reads as it is. */
    public static BilingualLabel labelOf(String code) {
        for (ApplicationStatus status : values()) {
            if (status.name().equals(code)) {
                return status.label;
            }
        }
        return new BilingualLabel(String.valueOf(code), String.valueOf(code));
    }
}
