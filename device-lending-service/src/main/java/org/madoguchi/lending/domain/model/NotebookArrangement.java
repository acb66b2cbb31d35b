package org.madoguchi.lending.domain.model;

/** What happens to the borrower's own LGWAN PC while they hold the mobile PC. */
public enum NotebookArrangement {
    /** The notebook is left with the desk, with its asset tag, and stored (power, network, space). */
    DEPOSITED,
    /** Left powered on at the borrower's desk for the remote connection. */
    LEFT_ON_AT_DESK,
    /** The borrower uses a desktop PC: nothing to leave. */
    DESKTOP_USER,
    /** The borrower works outside the main building: nothing to leave. */
    WORKS_OUTSIDE_MAIN_BUILDING
}
