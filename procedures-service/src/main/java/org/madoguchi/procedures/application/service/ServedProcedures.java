package org.madoguchi.procedures.application.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.procedures.application.port.out.Procedures;
import org.madoguchi.procedures.domain.model.Actor;
import org.madoguchi.procedures.domain.model.FormContent;
import org.madoguchi.procedures.domain.model.NotPermitted;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureId;

/**
 * The procedures forms serve, as the form use cases see them: a change may link or unlink only
 * procedures that exist and that the actor maintains, and the procedures a change touches are
 * re-indexed (a procedure is found through the titles of its published forms).
 */
@ApplicationScoped
class ServedProcedures {

    private final Procedures procedures;
    private final SearchDocuments search;

    ServedProcedures(Procedures procedures, SearchDocuments search) {
        this.procedures = procedures;
        this.search = search;
    }

    /**
     * Throws unless every procedure the content links exists, and the actor may maintain every
     * procedure whose link the change makes or removes.
     *
     * @param actor   who changes the form
     * @param before  the procedures the form serves now; empty for a new form
     * @param content what the form will say
     * @throws InvalidInput when a linked procedure does not exist
     * @throws NotPermitted when a procedure linked or unlinked belongs to a department the actor may not maintain
     */
    void requireLinkable(Actor actor, Set<ProcedureId> before, FormContent content) {
        Set<ProcedureId> changed = new HashSet<>(content.procedures());
        changed.addAll(before);
        changed.removeIf(id -> before.contains(id) && content.procedures().contains(id));
        Map<ProcedureId, Procedure> found = procedures.findAll(changed);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        int i = 0;
        for (ProcedureId id : content.procedures()) {
            if (changed.contains(id) && !found.containsKey(id)) {
                errors.add("procedureIds[" + i + "]", "unknown-procedure", id.toString());
            }
            i++;
        }
        errors.throwIfAny();
        for (Procedure procedure : found.values()) {
            actor.requireMayMaintain(procedure.department());
        }
    }

    /** Re-indexes these procedures once the transaction commits. */
    void reindex(Collection<ProcedureId> served) {
        if (!served.isEmpty()) {
            search.reindex(new ArrayList<>(procedures.findAll(served).values()));
        }
    }

    /** Re-indexes the procedures a form served before a change and serves after it, once the transaction commits. */
    void reindex(Collection<ProcedureId> before, Collection<ProcedureId> after) {
        Set<ProcedureId> touched = new HashSet<>(before);
        touched.addAll(after);
        reindex(touched);
    }
}
