/**
 * Persistence adapter: Panache entities ({@code <Aggregate>Entity}) and the adapters that implement the
 * out-ports, each mapping its entities to the domain and back.
 */
package org.madoguchi.lending.adapter.out.persistence;
