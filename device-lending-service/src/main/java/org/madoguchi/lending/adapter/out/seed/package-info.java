/** The seed data the service starts with, read from class-path CSVs: the inventory and the department directory. */
package org.madoguchi.lending.adapter.out.seed;
