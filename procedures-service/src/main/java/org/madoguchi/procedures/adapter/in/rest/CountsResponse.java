package org.madoguchi.procedures.adapter.in.rest;

import org.madoguchi.procedures.domain.model.ProgressCounts;

/**
 * The figures of a line of a progress report.
 *
 * @param planned   計画数
 * @param completed 完了
 * @param revised   対応見直し
 * @param abolished 廃止
 * @param open      未完了
 */
public record CountsResponse(int planned, int completed, int revised, int abolished, int open) {

    static CountsResponse of(ProgressCounts counts) {
        return counts == null ? null : new CountsResponse(counts.planned(), counts.completed(), counts.revised(),
                counts.abolished(), counts.open());
    }
}
