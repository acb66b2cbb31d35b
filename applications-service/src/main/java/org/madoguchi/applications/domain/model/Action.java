package org.madoguchi.applications.domain.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What someone does to an application, with the statuses it may start from and the one it leads to: the
 * workflow submitted → received → under review → completed / rejected, returned for correction and back on
 * resubmission, withdrawn by the applicant before the end.
 */
public enum Action {
    /** 受付. */
    RECEIVE(new BilingualLabel("受付", "Receive"), By.DEPARTMENT, false,
            EnumSet.of(ApplicationStatus.SUBMITTED), ApplicationStatus.RECEIVED),
    /** 審査開始. */
    START_REVIEW(new BilingualLabel("審査開始", "Start review"), By.DEPARTMENT, false,
            EnumSet.of(ApplicationStatus.RECEIVED), ApplicationStatus.UNDER_REVIEW),
    /** 完了. */
    COMPLETE(new BilingualLabel("完了", "Complete"), By.DEPARTMENT, false,
            EnumSet.of(ApplicationStatus.UNDER_REVIEW), ApplicationStatus.COMPLETED),
    /** 却下: needs the reason. */
    REJECT(new BilingualLabel("却下", "Reject"), By.DEPARTMENT, true,
            EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.RECEIVED, ApplicationStatus.UNDER_REVIEW),
            ApplicationStatus.REJECTED),
    /** 差戻し: needs what to correct. */
    RETURN_FOR_CORRECTION(new BilingualLabel("差戻し", "Return for correction"), By.DEPARTMENT, true,
            EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.RECEIVED, ApplicationStatus.UNDER_REVIEW),
            ApplicationStatus.RETURNED),
    /** 再申請: the applicant sends the corrected answers. */
    RESUBMIT(new BilingualLabel("再申請", "Resubmit"), By.APPLICANT, false,
            EnumSet.of(ApplicationStatus.RETURNED), ApplicationStatus.SUBMITTED),
    /** 取下げ. */
    WITHDRAW(new BilingualLabel("取下げ", "Withdraw"), By.APPLICANT, false,
            EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.RECEIVED, ApplicationStatus.UNDER_REVIEW,
                    ApplicationStatus.RETURNED),
            ApplicationStatus.WITHDRAWN);

    /** Who may take an action. */
    public enum By {
        /** Staff of the department that owns the form. */
        DEPARTMENT,
        /** The person who applied. */
        APPLICANT
    }

    /** Longest comment kept with a transition. */
    public static final int LONGEST_COMMENT = 2000;

    private final BilingualLabel label;
    private final By by;
    private final boolean needsComment;
    private final Set<ApplicationStatus> from;
    private final ApplicationStatus to;

    Action(BilingualLabel label, By by, boolean needsComment, Set<ApplicationStatus> from, ApplicationStatus to) {
        this.label = label;
        this.by = by;
        this.needsComment = needsComment;
        this.from = from;
        this.to = to;
    }

    public BilingualLabel label() {
        return label;
    }

    public By by() {
        return by;
    }

    /** Whether the action needs a comment: the reason of a rejection, what to correct. */
    public boolean needsComment() {
        return needsComment;
    }

    public boolean allowedFrom(ApplicationStatus status) {
        return from.contains(status);
    }

    public ApplicationStatus target() {
        return to;
    }

    /** The actions that may start from a status, in workflow order. */
    public static List<Action> allowedFrom(ApplicationStatus status, By by) {
        return Arrays.stream(values()).filter(a -> a.by == by && a.allowedFrom(status)).toList();
    }
}
