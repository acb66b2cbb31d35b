package org.madoguchi.applications.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who acts on applications, with what the permission rules read: a signed-in person applies and sees their own
 * applications, an anonymous visitor answers the forms that allow it; staff
 * of the department that owns a form process its applications; 情報政策課 (information policy) and managers
 * and staff read the usage statistics, and 情報政策課 imports the figures from before the system.
 *
 * @param subject           the token's subject; empty for an anonymous visitor
 * @param department        the staff member's department, if any
 * @param staff             whether the person is city staff
 * @param informationPolicy whether the person belongs to 情報政策課
 */
public record Actor(String subject, Optional<DepartmentCode> department, boolean staff,
        boolean informationPolicy) {

    public Actor {
        Objects.requireNonNull(subject, "subject");
        department = department == null ? Optional.empty() : department;
    }

    /** An anonymous visitor: no account, no roles. */
    public static Actor anonymous() {
        return new Actor("", Optional.empty(), false, false);
    }

    public boolean isAnonymous() {
        return subject.isEmpty();
    }

    /** Whether this is staff of the department. */
    public boolean worksIn(DepartmentCode owner) {
        return staff && department.map(owner::equals).orElse(false);
    }

    /** The department whose inbox this staff member works through. */
    public DepartmentCode requireDepartmentStaff() {
        if (!staff || department.isEmpty()) {
            throw new NotPermitted();
        }
        return department.get();
    }

    /** Throws {@link NotPermitted} unless this is staff of the department. */
    public void requireStaffOf(DepartmentCode owner) {
        if (!worksIn(owner)) {
            throw new NotPermitted();
        }
    }

    /** Throws {@link NotPermitted} unless the person may read usage statistics: 情報政策課 or staff. */
    public void requireStatisticsReader() {
        if (!informationPolicy && !staff) {
            throw new NotPermitted();
        }
    }

    /** Throws {@link NotPermitted} unless the person belongs to 情報政策課. */
    public void requireInformationPolicy() {
        if (!informationPolicy) {
            throw new NotPermitted();
        }
    }

    /**
     * Throws {@link ApplicationNotFound} unless the person may read the application: the applicant, or staff of
     * its department. Anybody else is told it does not exist.
     */
    public void requireMayRead(Application application) {
        if (!application.applicant().is(subject) && !worksIn(application.form().department())) {
            throw new ApplicationNotFound();
        }
    }
}
