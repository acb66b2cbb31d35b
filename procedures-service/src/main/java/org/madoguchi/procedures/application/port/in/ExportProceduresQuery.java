package org.madoguchi.procedures.application.port.in;

import java.util.function.Consumer;

/** 一括出力: every procedure as a CSV line of the import's shape, by code (staff only). */
public interface ExportProceduresQuery {

    /** Hands each procedure's row to {@code sink}, by code. */
    void export(Consumer<ProcedureRow> sink);
}
