package org.madoguchi.procedures.domain.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A published number of procedures available as e-applications at a point in time, e.g.
 * 1,015 in 令和4年3月.
 *
 * @param label the point in time as printed, e.g. 令和4年3月
 * @param asOf  the day it stands for
 * @param count the printed number
 * @param note  the printed remark; may be empty
 */
public record PublishedOnlineCount(String label, LocalDate asOf, int count, String note) {

    public PublishedOnlineCount {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(asOf, "asOf");
        note = note == null ? "" : note;
    }
}
