package org.madoguchi.procedures.application.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.procedures.application.port.in.ExportProceduresQuery;
import org.madoguchi.procedures.application.port.out.Procedures;
import org.madoguchi.procedures.domain.model.Procedure;

/** Reads every procedure for the CSV export. */
@ApplicationScoped
class ExportProceduresService implements ExportProceduresQuery {

    private final Procedures procedures;

    ExportProceduresService(Procedures procedures) {
        this.procedures = procedures;
    }

    @Override
    @Transactional
    public List<Procedure> allByCode() {
        List<Procedure> all = new ArrayList<>();
        procedures.forEach(all::add);
        return all;
    }
}
