package org.madoguchi.applications.adapter.in.rest.csv;

/**
 * One line of the usage report as CSV, in the import's shape: a category's total (no item) or one of its
 * breakdown rows.
 *
 * @param fiscalYear  年度 as written, e.g. 令和4年度 or FY2022
 * @param category    集計区分
 * @param item        内訳; empty on the category's own line
 * @param submissions 件数
 */
public record UsageCsvLine(String fiscalYear, String category, String item, long submissions) {
}
