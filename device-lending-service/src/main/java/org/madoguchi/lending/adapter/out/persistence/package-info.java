/** Persistence adapter: Panache entities and repositories implementing the out-ports. */
package org.madoguchi.lending.adapter.out.persistence;
