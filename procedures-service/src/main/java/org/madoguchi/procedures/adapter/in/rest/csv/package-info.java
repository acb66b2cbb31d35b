/**
 * Every CSV file of the REST adapter, read and written through Commons CSV: the procedure import and
 * export (UTF-8 or Shift_JIS/CP932, headers in Japanese or English, cells guarded against spreadsheet
 * formulas) and the reports' tables.
 */
package org.madoguchi.procedures.adapter.in.rest.csv;
