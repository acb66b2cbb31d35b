/**
 * The CSV files of the REST adapter, read and written through Commons CSV: the usage figures from before the
 * system (import) and the usage report (export), in UTF-8 with a BOM or Shift_JIS/CP932 as Excel writes it,
 * headers in Japanese or English, cells guarded against spreadsheet formulas.
 */
package org.madoguchi.applications.adapter.in.rest.csv;
