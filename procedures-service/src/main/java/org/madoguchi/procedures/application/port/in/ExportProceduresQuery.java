package org.madoguchi.procedures.application.port.in;

import java.util.List;

import org.madoguchi.procedures.domain.model.Procedure;

/** 一括出力: every procedure, for the CSV file staff edit in Excel and import again (staff only). */
public interface ExportProceduresQuery {

    /** Every procedure, by code. */
    List<Procedure> allByCode();
}
