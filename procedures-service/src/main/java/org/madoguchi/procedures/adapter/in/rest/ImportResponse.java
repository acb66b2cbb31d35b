package org.madoguchi.procedures.adapter.in.rest;

import java.nio.charset.Charset;

import org.madoguchi.procedures.application.port.in.ImportProceduresUseCase.ImportReport;

/**
 * What an import did.
 *
 * @param rows          lines read
 * @param registered    new procedures
 * @param edited        procedures whose details changed
 * @param statusChanged procedures whose status changed
 * @param unchanged     lines that changed nothing
 * @param encoding      the character set the file was read in
 */
public record ImportResponse(int rows, int registered, int edited, int statusChanged, int unchanged,
        String encoding) {

    static ImportResponse of(ImportReport report, Charset charset) {
        return new ImportResponse(report.rows(), report.registered(), report.edited(), report.statusChanged(),
                report.unchanged(), charset.name());
    }
}
