/*
 * Fuzz test of the procedures CSV import's parser, on the bytes of an upload as the import endpoint reads
 * them: character set detected (no declared one), decoded, parsed.
 *
 * A normal build (./mvnw verify) runs it as a regression test only: once on the empty input and once on
 * each file under src/test/resources/org/madoguchi/procedures/adapter/in/rest/csv/ProcedureCsvFuzzTestInputs/<method>/.
 * It does not fuzz.
 *
 * A bounded fuzzing session (maxDuration below, 60 s) runs with JAZZER_FUZZ=1, one fuzz test at a time:
 *
 *   JAZZER_FUZZ=1 flock /tmp/mvn.lock ./mvnw -o -B -ntp -pl procedures-service -am test \
 *       -Dtest=ProcedureCsvFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
 *       '-Djazzer.instrument=org.madoguchi.**,org.apache.commons.csv.**'
 *
 * (Jazzer instruments only the classes of the project's own directories unless told; with commons-csv
 * too, the fuzzer is guided by the paths taken inside the CSV library as well.)
 *
 * JAZZER_FUZZ also turns on Jazzer's instrumentation, which the normal build leaves off (jazzer.hooks in
 * procedures-service/pom.xml). Inputs it finds interesting go to procedures-service/.cifuzz-corpus/ (not
 * committed); the first input that fails ends the session and is written to the inputs directory above,
 * where it fails the normal build until it is fixed.
 */
package org.madoguchi.procedures.adapter.in.rest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.madoguchi.platform.problem.ProblemException;
import org.madoguchi.procedures.application.port.in.ImportProceduresCommand;

import com.code_intelligence.jazzer.junit.FuzzTest;

class ProcedureCsvFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void any_upload_either_reads_as_lines_after_the_header_or_is_refused_as_a_bad_request(byte[] upload) {
        List<ImportProceduresCommand.Line> rows;
        try {
            rows = ProcedureCsvReader.read(CsvCharset.decode(upload, CsvCharset.of(upload, null)));
        } catch (ProblemException refused) {
            assertThat(refused.status()).as(refused.code()).isEqualTo(400);
            return;
        }
        long previous = 1; // the header
        for (ImportProceduresCommand.Line row : rows) {
            assertThat(row.number()).as("line of a row after line %d", previous).isGreaterThan(previous);
            previous = row.number();
        }
    }
}
