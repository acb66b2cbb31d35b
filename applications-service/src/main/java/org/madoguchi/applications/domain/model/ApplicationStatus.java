package org.madoguchi.applications.domain.model;

/** Where an application stands in the department's workflow. */
public enum ApplicationStatus {
    /** 申請済: submitted (or resubmitted after correction), waiting for the department. */
    SUBMITTED(new BilingualLabel("申請済", "Submitted")),
    /** 受付: the department has received it. */
    RECEIVED(new BilingualLabel("受付", "Received")),
    /** 審査中: under review. */
    UNDER_REVIEW(new BilingualLabel("審査中", "Under review")),
    /** 差戻し: returned to the applicant for correction. */
    RETURNED(new BilingualLabel("差戻し", "Returned for correction")),
    /** 完了: completed. */
    COMPLETED(new BilingualLabel("完了", "Completed")),
    /** 却下: rejected. */
    REJECTED(new BilingualLabel("却下", "Rejected")),
    /** 取下げ: withdrawn by the applicant. */
    WITHDRAWN(new BilingualLabel("取下げ", "Withdrawn"));

    private final BilingualLabel label;

    ApplicationStatus(BilingualLabel label) {
        this.label = label;
    }

    public BilingualLabel label() {
        return label;
    }

    /** Whether nothing can happen to the application any more. */
    public boolean isFinal() {
        return this == COMPLETED || this == REJECTED || this == WITHDRAWN;
    }

    /** Whether the department has it to act on (the inbox's open items, whose due dates count). */
    public boolean isWithDepartment() {
        return this == SUBMITTED || this == RECEIVED || this == UNDER_REVIEW;
    }
}
