/** The background work on a schedule: dispatching deliveries, sending due reminders, fanning out announcements. */
package org.madoguchi.notification.adapter.in.scheduling;
