/** Domain events of the Procedure registry context: past-tense records, plain Java. */
package org.madoguchi.procedures.domain.event;
