package org.madoguchi.applications.adapter.in.rest;

import org.madoguchi.platform.text.SingleLine;

/**
 * A usage category's names.
 *
 * @param name   Japanese name, e.g. 保健所業務（コロナ）
 * @param nameEn English name, optional
 */
public record UsageCategoryRequest(@SingleLine String name, @SingleLine String nameEn) {

    static final UsageCategoryRequest EMPTY = new UsageCategoryRequest(null, null);
}
