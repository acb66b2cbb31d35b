package org.madoguchi.procedures.application.port.in;


/**
 * 一括登録: imports procedures from a CSV file, keyed by procedure code: new codes are registered,
 * known ones brought up to date, identical ones left alone, so importing a file twice changes
 * nothing. All or nothing: one bad line rejects the file, with a report of every bad line.
 */
public interface ImportProceduresUseCase {

    /**
     * Imports the lines in one transaction of its own, within the configured time.
     *
     * @throws org.madoguchi.platform.failure.InvalidInput with one violation per bad field of each bad line
     *                                                     ({@code lines[<n>].<field>})
     */
    ImportReport importProcedures(ImportProceduresCommand command);

    /**
     * What an import did.
     *
     * @param rows          lines read
     * @param registered    new procedures
     * @param edited        procedures whose details changed
     * @param statusChanged procedures whose status changed
     * @param unchanged     lines that changed nothing
     */
    record ImportReport(int rows, int registered, int edited, int statusChanged, int unchanged) {
    }
}
