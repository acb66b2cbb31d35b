/** Aggregates and value objects of the LGWAN mobile PC lending context: plain Java, no framework. */
package org.madoguchi.lending.domain.model;
