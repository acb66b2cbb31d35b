/**
 * The full-text search index of procedures: Lucene with the Kuromoji Japanese analyzer, in memory; and the same
 * analysis as the dictionary that reads texts for furigana.
 */
package org.madoguchi.procedures.adapter.out.search;
