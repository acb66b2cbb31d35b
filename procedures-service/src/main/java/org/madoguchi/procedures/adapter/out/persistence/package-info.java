/** Persistence adapter: Panache entities and repositories implementing the out-ports. */
package org.madoguchi.procedures.adapter.out.persistence;
