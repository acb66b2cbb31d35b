/**
 * Every CSV file of the REST adapter, written through Commons CSV: the ledger (貸出台帳) of a month, UTF-8
 * with a BOM so that spreadsheet software reads the Japanese, its words from {@code DocumentMessages_ja}.
 */
package org.madoguchi.lending.adapter.in.rest.csv;
