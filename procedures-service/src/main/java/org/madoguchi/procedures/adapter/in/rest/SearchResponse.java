package org.madoguchi.procedures.adapter.in.rest;

import java.util.List;

import org.madoguchi.procedures.application.port.in.ProcedureQueries.SearchResults;

/**
 * A page of search results.
 *
 * @param total how many match
 * @param page  this page, from 0
 * @param size  page size
 * @param items the matches, best first
 */
public record SearchResponse(long total, int page, int size, List<SearchHitResponse> items) {

    static SearchResponse of(SearchResults results, int page, int size) {
        return new SearchResponse(results.total(), page, size,
                results.hits().stream().map(SearchHitResponse::of).toList());
    }
}
