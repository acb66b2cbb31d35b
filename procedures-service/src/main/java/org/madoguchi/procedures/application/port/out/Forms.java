package org.madoguchi.procedures.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.madoguchi.procedures.domain.model.Author;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.FormContent;
import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.FormKind;
import org.madoguchi.procedures.domain.model.FormStatus;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.StaleVersion;

/** The forms (様式) with every version they had. */
public interface Forms {

    Optional<Form> find(FormId id);

    /** One version of a form as it was; the current one included. */
    Optional<FormVersion> version(FormId id, int number);

    /** Stores a new form and its first version. */
    Form add(Form form, Author by, Instant at);

    /**
     * Stores a changed form if nobody changed it since {@code expectedVersion}: its status, and its
     * current version's content (a new version row when the version number grew).
     *
     * @throws StaleVersion when the stored version is another
     */
    Form update(Form changed, long expectedVersion, Author by, Instant at);

    /** Forms matching the filters, newest first. */
    Page<Form> list(FormFilter filter, int page, int size);

    /** The forms whose current version serves any of these procedures. */
    Map<ProcedureId, List<Form>> servingProcedures(Collection<ProcedureId> procedures);

    /**
     * Criteria of a form listing; {@code null} means any.
     *
     * @param department owning department
     * @param kind       kind
     * @param status     status
     * @param openAt     only forms open at this instant
     */
    record FormFilter(DepartmentCode department, FormKind kind, FormStatus status, Instant openAt) {
    }

    /**
     * One version of a form.
     *
     * @param form      the form
     * @param number    the version number
     * @param content   what it said
     * @param createdAt when it was made
     * @param createdBy who made it
     */
    record FormVersion(FormId form, int number, FormContent content, Instant createdAt, Author createdBy) {
    }

    /**
     * A page of a listing.
     *
     * @param items the items of the page
     * @param total how many there are in all
     */
    record Page<T>(List<T> items, long total) {

        public Page {
            items = List.copyOf(items);
        }
    }
}
