/** Aggregates and value objects of the Procedure registry context: plain Java, no framework. */
package org.madoguchi.procedures.domain.model;
