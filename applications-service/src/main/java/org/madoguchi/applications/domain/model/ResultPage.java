package org.madoguchi.applications.domain.model;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items the items of this page
 * @param page  its number, from 0
 * @param size  the most items a page holds
 * @param total how many items the whole list has
 */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public ResultPage {
        items = List.copyOf(items);
    }
}
