package org.madoguchi.notification.domain.model;

import java.util.Objects;

/**
 * Whom a notification is for, as events name them: a person by account subject, or a role of a place that
 * the directory resolves to people.
 */
public sealed interface Addressee {

    /** One person, by the account subject events carry. */
    record Person(String subject) implements Addressee {
        public Person {
            Objects.requireNonNull(subject, "subject");
        }
    }

    /** 貸出窓口: the lending desk of a site, i.e. staff with the lending-desk role who manage that site. */
    record SiteDesk(String siteCode) implements Addressee {
        public SiteDesk {
            Objects.requireNonNull(siteCode, "siteCode");
        }
    }

    /** 情報政策課: staff with the info-policy role. */
    record InformationPolicy() implements Addressee {
    }

    /** The staff of a department (課・室), by its code. */
    record DepartmentStaff(String departmentCode) implements Addressee {
        public DepartmentStaff {
            Objects.requireNonNull(departmentCode, "departmentCode");
        }
    }

    /** Every citizen with an account. */
    record Citizens() implements Addressee {
    }

    /** Every member of staff. */
    record AllStaff() implements Addressee {
    }
}
