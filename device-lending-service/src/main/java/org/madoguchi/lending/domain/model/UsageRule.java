package org.madoguchi.lending.domain.model;

import java.util.EnumSet;
import java.util.Set;

/** 利用上の注意: the rules every borrower acknowledges at hand-over. */
public enum UsageRule {
    /** No data is kept on the mobile PC. */
    NO_DATA_KEPT_ON_DEVICE,
    /** Not used while walking or in public places where the screen can be seen. */
    NO_USE_WALKING_OR_IN_PUBLIC,
    /** Never left in a car. */
    NEVER_LEFT_IN_CAR,
    /** No softphone calls. */
    NO_SOFTPHONE_CALLS;

    public static Set<UsageRule> all() {
        return EnumSet.allOf(UsageRule.class);
    }
}
