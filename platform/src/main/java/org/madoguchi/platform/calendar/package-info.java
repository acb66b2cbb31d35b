/**
 * The city's calendar as every service's domain reads it (the fiscal year, 年度). Like
 * {@code org.madoguchi.platform.failure}, this package depends on the JDK alone, so that domain
 * packages may use it.
 */
package org.madoguchi.platform.calendar;
