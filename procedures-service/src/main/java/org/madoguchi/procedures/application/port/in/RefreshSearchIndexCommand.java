package org.madoguchi.procedures.application.port.in;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.ProcedureId;

/**
 * What changed elsewhere, as announced, in the order it was announced.
 *
 * @param procedures procedures that changed
 * @param forms      forms that changed: the procedures they serve are refreshed
 */
public record RefreshSearchIndexCommand(Set<ProcedureId> procedures, Set<FormId> forms) {

    public RefreshSearchIndexCommand {
        procedures = Collections.unmodifiableSet(new LinkedHashSet<>(procedures));
        forms = Collections.unmodifiableSet(new LinkedHashSet<>(forms));
    }
}
