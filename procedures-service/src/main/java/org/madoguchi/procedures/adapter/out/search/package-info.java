/** The full-text search index of procedures: Lucene with the Kuromoji Japanese analyzer, in memory. */
package org.madoguchi.procedures.adapter.out.search;
