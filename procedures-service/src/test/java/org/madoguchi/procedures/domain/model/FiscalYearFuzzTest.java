/*
 * Fuzz test of FiscalYear.parse, which reads what people type.
 *
 * A normal build (./mvnw verify) runs it as a regression test only: once on the empty input and once on
 * each file under src/test/resources/org/madoguchi/procedures/domain/model/FiscalYearFuzzTestInputs/<method>/
 * (the file's bytes, read as UTF-8). It does not fuzz.
 *
 * A bounded fuzzing session (maxDuration below, 60 s) runs with JAZZER_FUZZ=1, one fuzz test at a time:
 *
 *   JAZZER_FUZZ=1 flock /tmp/mvn.lock ./mvnw -o -B -ntp -pl procedures-service -am test \
 *       -Dtest=FiscalYearFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 *
 * JAZZER_FUZZ also turns on Jazzer's instrumentation, which the normal build leaves off (jazzer.hooks in
 * procedures-service/pom.xml). Inputs it finds interesting go to procedures-service/.cifuzz-corpus/ (not
 * committed); the first input that fails ends the session and is written to the inputs directory above,
 * where it fails the normal build until it is fixed.
 */
package org.madoguchi.procedures.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.madoguchi.platform.failure.InvalidInput;

import com.code_intelligence.jazzer.junit.FuzzTest;

class FiscalYearFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void typed_text_is_either_a_fiscal_year_whose_labels_read_back_as_it_or_refused_as_invalid_input(byte[] typed) {
        String text = new String(typed, StandardCharsets.UTF_8);
        FiscalYear year;
        try {
            year = FiscalYear.parse(text);
        } catch (InvalidInput refused) {
            assertThat(refused.violations()).as("why %s is refused", text).isNotEmpty();
            return;
        }
        assertThat(FiscalYear.parse(year.eraLabel())).as("%s read from %s", year.eraLabel(), text).isEqualTo(year);
        assertThat(FiscalYear.parse(year.gregorianLabel())).as("%s read from %s", year.gregorianLabel(), text)
                .isEqualTo(year);
    }
}
