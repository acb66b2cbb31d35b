package org.madoguchi.procedures.application.port.in;

import java.util.Collection;

import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.ProcedureId;

/**
 * Keeps the search index in step with the registry: built from the records at start-up, refreshed
 * when another instance announces a change.
 */
public interface SearchIndexMaintenance {

    /** Rebuilds the whole index from the records; returns how many procedures it holds. */
    long rebuild();

    /** Re-reads these procedures and indexes them as they are now. */
    void refreshProcedures(Collection<ProcedureId> procedures);

    /** Re-reads the procedures a form serves and indexes them as they are now. */
    void refreshForm(FormId form);
}
