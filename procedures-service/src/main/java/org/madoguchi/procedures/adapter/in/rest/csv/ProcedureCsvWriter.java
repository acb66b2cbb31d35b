package org.madoguchi.procedures.adapter.in.rest.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.madoguchi.platform.problem.ProblemException;
import org.madoguchi.procedures.application.port.in.ImportProceduresCommand;
import org.madoguchi.procedures.domain.model.Procedure;

/** Writes procedures as a CSV file in the import's shape, so that the file imports again unchanged. */
public final class ProcedureCsvWriter {

    private ProcedureCsvWriter() {
    }

    /**
     * Every procedure as CSV in {@code charset}, with the header in the given language: UTF-8 with a BOM
     * (so that Excel recognises it), or CP932 with the characters CP932 writes as their fullwidth forms
     * (〜 as ～ and the like) replaced by those. Cells are guarded against spreadsheet formulas.
     *
     * @throws ProblemException 422 {@code export-unencodable} naming the procedures and rows with a
     *                          character the charset cannot write (an emoji in Shift_JIS, say)
     */
    public static byte[] write(List<Procedure> procedures, Charset charset, Locale locale) {
        ImportProceduresCommand.Encoding encoding = CsvCharset.encodingOf(charset);
        CharsetEncoder encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        UnencodableCells unencodable = new UnencodableCells(charset, encoder);
        StringWriter text = new StringWriter();
        if (encoding == ImportProceduresCommand.Encoding.UTF_8) {
            text.write('\uFEFF');
        }
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(ProcedureCsvHeader.in(locale)).get()
                .print(text)) {
            long row = 0;
            for (Procedure procedure : procedures) {
                row++;
                ProcedureCsvLine line = ProcedureCsvLine.of(procedure);
                List<String> cells = new ArrayList<>();
                for (ProcedureCsvColumn column : ProcedureCsvColumn.values()) {
                    String cell = SpreadsheetFormulaGuard.guarded(encoding.carried(column.of(line)));
                    unencodable.check(row, column, line.code(), cell);
                    cells.add(cell);
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export", e);
        }
        unencodable.throwIfAny();
        try {
            ByteBuffer bytes = encoder.reset().encode(CharBuffer.wrap(text.getBuffer()));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException unexpected) {
            throw unencodable.problem().causedBy(unexpected);
        }
    }
}
