/** Aggregates and value objects of the E-applications context: plain Java, no framework. */
package org.madoguchi.applications.domain.model;
