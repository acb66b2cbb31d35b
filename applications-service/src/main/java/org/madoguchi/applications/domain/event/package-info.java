/** Domain events of the E-applications context: past-tense records, plain Java. */
package org.madoguchi.applications.domain.event;
