package org.madoguchi.lending.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/** Settings of device lending; the defaults are the city's rules as the documents state them. */
@ConfigMapping(prefix = "madoguchi.lending")
public interface LendingConfig {

    /** The city's time zone: its calendar day decides same-day use, and times in messages are read in it. */
    @WithDefault("Asia/Tokyo")
    ZoneId timeZone();

    /** How early before its start a booking's device may be handed over (the ~30-minute check). */
    @WithDefault("PT30M")
    Duration handOverEarly();

    /** The longest booking (long approved bookings such as 04/01–10/31 exist). */
    @WithDefault("P366D")
    Duration longestBooking();

    /** How far in the past a booking may start (a booking made at the counter a few minutes late). */
    @WithDefault("PT15M")
    Duration pastTolerance();

    /** When the lending desks open: free slots in the calendar start then. */
    @WithDefault("08:30")
    LocalTime deskOpens();

    /** When the lending desks close: free slots in the calendar end then. */
    @WithDefault("17:15")
    LocalTime deskCloses();

    /** The longest window one report covers (utilisation, free devices). */
    @WithDefault("P366D")
    Duration longestReport();

    /** The longest window one list of a site's bookings covers. */
    @WithDefault("P92D")
    Duration longestList();

    /** How far back the calendar feed reaches. */
    @WithDefault("P7D")
    Duration feedPast();

    /** How far ahead the calendar feed reaches. */
    @WithDefault("P56D")
    Duration feedAhead();

    /** The city's departments loaded at start where missing (class path CSV); none to keep the directory as it is. */
    Optional<String> seedDepartments();

    /** How often handed-over bookings past their end are looked for. */
    @WithDefault("60s")
    String overdueCheck();

    /** The inventory loaded into an empty database at start (class path CSV); none to start empty. */
    Optional<String> seedInventory();

    /** The address staff reach this service at, for calendar feed links. */
    @WithDefault("http://localhost:8083")
    String publicBaseUrl();

    /** Secret from which calendar feed keys are derived; rotate it to revoke every feed address. */
    String feedSecret();
}
