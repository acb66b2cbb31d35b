package org.madoguchi.procedures.application.port.in;

import java.time.Instant;

import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.FormKind;
import org.madoguchi.procedures.domain.model.StatusKind;
import org.madoguchi.procedures.domain.model.Viewer;

/**
 * 手続き検索: a query of the one search box in Japanese, over names, readings, descriptions, departments and
 * form titles, with its filters; best matches first.
 *
 * @param text       what the person typed; blank lists everything (by code)
 * @param department only this department's procedures
 * @param status     only procedures in this status
 * @param formKind   only procedures served by a published form of this kind
 * @param onlineOnly only procedures available online
 * @param page       page number, from 0
 * @param size       results per page
 * @param formsOpenAt when set, forms count (their titles for the text, their kinds for {@code formKind})
 *                    only if open at this instant, as the public sees them; {@code null}: every published form
 */
public record SearchProceduresQuery(String text, DepartmentCode department, StatusKind status, FormKind formKind,
        boolean onlineOnly, int page, int size, Instant formsOpenAt) {

    /** Most results per page. */
    public static final int MAX_SIZE = 100;
    /** How deep paging may go. */
    public static final int MAX_WINDOW = 10_000;

    public SearchProceduresQuery {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (text != null && text.length() > 200) {
            errors.add("q", "too-long", 200);
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add("size", "out-of-range", 1, MAX_SIZE);
            if (page < 0) {
                errors.add("page", "out-of-range", 0, MAX_WINDOW / MAX_SIZE - 1);
            }
        } else if (page < 0 || (page + 1L) * size > MAX_WINDOW) {
            errors.add("page", "out-of-range", 0, MAX_WINDOW / size - 1);
        }
        errors.throwIfAny();
        text = text == null ? "" : text.strip();
    }

    /** A search through every published form, as staff run it. */
    public SearchProceduresQuery(String text, DepartmentCode department, StatusKind status, FormKind formKind,
            boolean onlineOnly, int page, int size) {
        this(text, department, status, formKind, onlineOnly, page, size, null);
    }

    /**
     * The same search as the given viewer may run it at {@code now}: the public sees online procedures
     * only, and finds them through forms open now only.
     */
    public SearchProceduresQuery forViewer(Viewer viewer, Instant now) {
        return viewer == Viewer.STAFF ? this
                : new SearchProceduresQuery(text, department, status, formKind, true, page, size, now);
    }
}
