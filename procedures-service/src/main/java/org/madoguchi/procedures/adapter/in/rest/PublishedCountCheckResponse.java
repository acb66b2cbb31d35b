package org.madoguchi.procedures.adapter.in.rest;

import java.time.LocalDate;

import org.madoguchi.procedures.application.port.in.ReportProgressQuery.OnlineCountCheck;

/**
 * A printed number of online procedures beside the records'.
 *
 * @param label     as printed
 * @param asOf      the day it stands for
 * @param published the printed figure
 * @param derived   what the records give
 * @param agrees    whether they agree
 * @param note      the printed remark
 */
public record PublishedCountCheckResponse(String label, LocalDate asOf, int published, long derived, boolean agrees,
        String note) {

    static PublishedCountCheckResponse of(OnlineCountCheck check) {
        return new PublishedCountCheckResponse(check.published().label(), check.published().asOf(),
                check.published().count(), check.derived(), check.agrees(), check.published().note());
    }
}
