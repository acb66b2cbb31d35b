/** Domain events of the LGWAN mobile PC lending context: past-tense records, plain Java. */
package org.madoguchi.lending.domain.event;
